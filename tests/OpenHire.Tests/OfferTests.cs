using System.Net;
using System.Text.Json;
using OpenHire.Analysis.Postings;
using OpenHire.Features.Accounts;
using OpenHire.Features.Jobs;
using OpenHire.Features.Messaging;
using OpenHire.Features.Offers;
using OpenHire.Features.Pipelines;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class OfferSqliteTests(SqliteApp app) : OfferTests(app), IClassFixture<SqliteApp>;
public sealed class OfferPostgresTests(PostgresApp app) : OfferTests(app), IClassFixture<PostgresApp>;

/// <summary>Offers: the salary checked against the posting, approval by the approver alone, sending, the candidate's answer, and the states.</summary>
public abstract class OfferTests(AppFixture app)
{
    static readonly SalaryDto Range = new(80_000, 100_000, "EUR", SalaryPeriod.Year, null);

    [Fact]
    public async Task An_offer_goes_from_draft_through_the_approvers_approval_to_the_candidates_acceptance_all_on_the_timeline()
    {
        var (org, id, email) = await ApplicationAsync();
        var (approverId, approver) = await MemberAsync(org, "Olga Approver");

        var drafted = await org.Api.PostJsonAsync($"/api/v1/applications/{id}/offers", new OfferInput(90_000, null, null, new DateOnly(2027, 3, 1), "30 days of leave.", null, approverId));
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var offer = await drafted.ReadAsync<OfferResponse>();
        Assert.Equal((OfferState.Draft, "EUR", SalaryPeriod.Year, "Olga Approver", (string?)null), (offer.State, offer.Currency, offer.Period, offer.ApproverName, offer.Deviation));
        Assert.Equal(OfferState.AwaitingApproval, (await Step(org, offer.Id, "submit")).State);

        // Not the approver: an API key (no person), and the admin signed in.
        Assert.Equal(HttpStatusCode.Forbidden, (await org.Api.PostAsync($"/api/v1/offers/{offer.Id}/approve", null)).StatusCode);
        var admin = await app.SignInAsync(org.AdminEmail, TestOrganization.Password);
        Assert.Null((await admin.GetPageAsync($"/staff/applications/{id}")).QuerySelector("form.offer-approve"));
        var asAdmin = await admin.PostAsync($"/staff/offers/{offer.Id}/approve", await FormOfAsync(admin, $"/staff/applications/{id}", "form.offer-cancel"));
        Assert.Contains("Only the approver", await asAdmin.Content.ReadAsStringAsync());
        Assert.Equal(OfferState.AwaitingApproval, (await GetAsync(org, offer.Id)).State);

        var approved = await approver.SubmitAsync($"/staff/applications/{id}", "form.offer-approve");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(OfferState.Approved, (await GetAsync(org, offer.Id)).State);

        Assert.Equal(OfferState.Sent, (await Step(org, offer.Id, "send")).State);
        var mail = (await app.MailToAsync(email, atLeast: 2)).Last();
        Assert.Equal("Your offer for Data Engineer at " + (await OrganizationNameAsync(org)), mail.Subject);
        Assert.Contains("Salary: EUR 90,000 per year", mail.TextBody);
        Assert.Contains("Start date: 2027-03-01", mail.TextBody);

        var candidate = app.Browser(followRedirects: true);
        var page = await candidate.GetPageAsync(Hiring.StatusPath(mail));
        Assert.Contains("EUR 90,000 per year", page.QuerySelector("section.offer")!.TextContent);
        var accepted = await candidate.SubmitAsync(Hiring.StatusPath(mail), "form[action$='/accept']");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("You accepted the offer", await accepted.Content.ReadAsStringAsync());
        var final = await GetAsync(org, offer.Id);
        Assert.Equal((OfferState.Accepted, (string?)null), (final.State, final.AnsweredBy));

        var timeline = (await (await org.Api.GetAsync($"/api/v1/applications/{id}/timeline?limit=100")).ReadAsync<Page<TimelineEntry>>()).Items
            .Where(e => e.SubjectId == offer.Id).Select(e => (e.Kind, e.Actor)).Reverse().ToList();
        Assert.Equal(
        [
            (ApplicationEventKind.OfferDrafted, "api-key:tests"), (ApplicationEventKind.OfferSubmitted, "api-key:tests"),
            (ApplicationEventKind.OfferApproved, "Olga Approver"), (ApplicationEventKind.OfferSent, "api-key:tests"),
            (ApplicationEventKind.OfferAccepted, null),
        ], timeline);
        Assert.Contains((await (await org.Api.GetAsync($"/api/v1/applications/{id}/emails")).ReadAsync<List<EmailResponse>>()), e => e.Template == "offer");
    }

    [Fact]
    public async Task A_salary_outside_the_postings_range_needs_a_reason_422_without_one()
    {
        var (org, id, _) = await ApplicationAsync();

        var above = await org.Api.PostJsonAsync($"/api/v1/applications/{id}/offers", new OfferInput(120_000, null, null, null, null, null, null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, above.StatusCode);
        var problem = await above.ReadAsync<JsonElement>();
        Assert.Equal("deviation_reason", problem.GetProperty("field").GetString());
        Assert.Contains("above the posting's range (EUR 80,000 to 100,000 per year)", problem.GetProperty("deviation").GetString());
        var otherCurrency = await org.Api.PostJsonAsync($"/api/v1/applications/{id}/offers", new OfferInput(90_000, "USD", null, null, null, null, null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherCurrency.StatusCode);
        var monthly = await org.Api.PostJsonAsync($"/api/v1/applications/{id}/offers", new OfferInput(7_000, null, SalaryPeriod.Month, null, null, null, null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, monthly.StatusCode);
        Assert.Empty(await (await org.Api.GetAsync($"/api/v1/applications/{id}/offers")).ReadAsync<List<OfferResponse>>());

        var reasoned = await org.Api.PostJsonAsync($"/api/v1/applications/{id}/offers", new OfferInput(120_000, null, null, null, null, "Two competing offers; staff-level scope.", null));
        Assert.Equal(HttpStatusCode.Created, reasoned.StatusCode);
        var offer = await reasoned.ReadAsync<OfferResponse>();
        Assert.Contains("above", offer.Deviation);
        var within = await org.Api.PatchAsync($"/api/v1/offers/{offer.Id}", JsonBody(new OfferInput(85_000, null, null, null, null, null, null)));
        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Null((await within.ReadAsync<OfferResponse>()).Deviation);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PatchAsync($"/api/v1/offers/{offer.Id}", JsonBody(new OfferInput(-5, "EURO", null, null, null, null, Guid.NewGuid())))).StatusCode);
    }

    [Fact]
    public async Task Steps_out_of_order_are_409_and_change_nothing()
    {
        var (org, id, _) = await ApplicationAsync();
        var (approverId, approver) = await MemberAsync(org, "Olga Approver");
        var offer = await (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/offers", new OfferInput(90_000, null, null, null, null, null, null))).ReadAsync<OfferResponse>();

        foreach (var step in new[] { "send", "approve", "decline-approval" })
            Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostAsync($"/api/v1/offers/{offer.Id}/{step}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostJsonAsync($"/api/v1/offers/{offer.Id}/answer", new OfferAnswer(true))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PostAsync($"/api/v1/offers/{offer.Id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/offers", new OfferInput(90_000, null, null, null, null, null, null))).StatusCode);

        (await org.Api.PatchAsync($"/api/v1/offers/{offer.Id}", JsonBody(new OfferInput(null, null, null, null, null, null, approverId)))).EnsureSuccessStatusCode();
        await Step(org, offer.Id, "submit");
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PatchAsync($"/api/v1/offers/{offer.Id}", JsonBody(new OfferInput(95_000, null, null, null, null, null, null)))).StatusCode);
        // The approver sends it back; it is a draft again and can be changed.
        await approver.SubmitAsync($"/staff/applications/{id}", "form.offer-decline-approval", new Dictionary<string, string> { ["reason"] = "Too early" });
        Assert.Equal(OfferState.Draft, (await GetAsync(org, offer.Id)).State);
        Assert.Equal(OfferState.Cancelled, (await Step(org, offer.Id, "cancel")).State);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostAsync($"/api/v1/offers/{offer.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/offers", new OfferInput(90_000, null, null, null, null, null, null))).StatusCode);

        var other = await app.CreateOrganizationAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api.GetAsync($"/api/v1/offers/{offer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api.PostAsync($"/api/v1/offers/{offer.Id}/cancel", null)).StatusCode);
    }

    async Task<(TestOrganization Org, Guid Application, string Email)> ApplicationAsync()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Jobs.Minimal() with { Salary = Range });
        var email = $"ada@{org.Slug}.example.com";
        return (org, await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: email)), email);
    }

    async Task<(Guid Id, HttpClient Browser)> MemberAsync(TestOrganization org, string name)
    {
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}@{org.Slug}.example.com";
        var added = await (await org.Api.PostJsonAsync("/api/v1/team", new TeamApi.NewMember(name, email, "recruiter"))).ReadAsync<TeamApi.AddedMember>();
        return (added.Id, await app.SignInAsync(email, added.InitialPassword));
    }

    static async Task<OfferResponse> Step(TestOrganization org, Guid offer, string step)
    {
        var response = await org.Api.PostAsync($"/api/v1/offers/{offer}/{step}", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<OfferResponse>();
    }

    static async Task<OfferResponse> GetAsync(TestOrganization org, Guid offer) =>
        await (await org.Api.GetAsync($"/api/v1/offers/{offer}")).ReadAsync<OfferResponse>();

    static async Task<string> OrganizationNameAsync(TestOrganization org) =>
        (await (await org.Api.GetAsync("/api/v1/organization")).ReadAsync<JsonElement>()).GetProperty("name").GetString()!;

    /// <summary>Another form's antiforgery token, to post a form the page does not offer this user.</summary>
    static async Task<FormUrlEncodedContent> FormOfAsync(HttpClient browser, string url, string selector)
    {
        var form = (await browser.GetPageAsync(url)).QuerySelector(selector)!;
        return new FormUrlEncodedContent(form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")));
    }

    static StringContent JsonBody<T>(T body) => new(JsonSerializer.Serialize(body, Requests.Json), System.Text.Encoding.UTF8, "application/json");
}
