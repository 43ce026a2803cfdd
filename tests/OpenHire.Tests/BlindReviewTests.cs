using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Organizations;
using OpenHire.Features.Resumes;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class BlindReviewSqliteTests(SqliteApp app) : BlindReviewTests(app), IClassFixture<SqliteApp>;
public sealed class BlindReviewPostgresTests(PostgresApp app) : BlindReviewTests(app), IClassFixture<PostgresApp>;

/// <summary>Blind review hides who applied from every view until revealed; scores never depend on identity.</summary>
public abstract class BlindReviewTests(AppFixture app)
{
    const string Letter = "Grace Hopper here (grace@example.com). She has led her team for ten years.";

    [Fact]
    public async Task Under_blind_review_no_view_shows_who_applied_until_someone_reveals_it()
    {
        var org = await app.CreateOrganizationAsync();
        var settings = await (await org.Api.PatchAsync("/api/v1/organization", Json("""{"blind_review": true}"""))).ReadAsync<OrganizationApi.OrganizationResponse>();
        Assert.True(settings.BlindReview);
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var form = Requests.ApplicationForm(name: "Grace Hopper", email: "grace@example.com", resume: Resumes.Text(Resumes.Backend), resumeName: "cv.txt", coverLetterText: Letter);
        var id = await app.ApplyWithFileAsync(org, job.Id, form);
        var profile = await org.WaitForProfileAsync(id);

        var detail = await (await org.Api.GetAsync($"/api/v1/applications/{id}")).ReadAsync<ApplicationDetail>();
        Assert.True(detail.IdentityHidden);
        Assert.StartsWith("Candidate ", detail.Candidate.Name);
        Assert.Null(detail.Candidate.Email);
        Assert.Null(detail.Phone);
        Assert.Null(detail.Location);
        Assert.Empty(detail.Links);
        Assert.Equal("[hidden] [hidden] here ([hidden]). They have led their team for ten years.", detail.CoverLetterText);
        Assert.True(profile.IdentityHidden);
        Assert.Null(profile.Profile!.Name);
        Assert.Null(profile.Profile.Email);
        Assert.Null(profile.Profile.Phone);
        Assert.Empty(profile.Profile.Links);
        Assert.All(profile.Profile.Education, e => Assert.Null(e.End));
        Assert.NotEmpty(profile.Profile.Skills);

        var everything = string.Join('\n',
            await org.Api.GetStringAsync($"/api/v1/applications/{id}"),
            await org.Api.GetStringAsync($"/api/v1/applications/{id}/profile"),
            await org.Api.GetStringAsync($"/api/v1/applications/{id}/profile/json-resume"),
            await org.Api.GetStringAsync($"/api/v1/jobs/{job.Id}/applications?sort=fit"),
            await org.Api.GetStringAsync("/api/v1/candidates"),
            await org.Api.GetStringAsync($"/api/v1/candidates/{detail.Candidate.Id}"),
            await StaffPageAsync(org, $"/staff/applications/{id}"),
            await StaffPageAsync(org, $"/staff/jobs/{job.Id}"),
            await StaffPageAsync(org, "/staff/candidates"));
        // Random ids ("…8bf6425b2014") can hold a year or a phone fragment by chance: they are not identity.
        everything = System.Text.RegularExpressions.Regex.Replace(everything, "[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", "<id>",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        foreach (var identity in new[] { "Grace", "Hopper", "grace@example.com", "555-0199", "555 0100", "Based in San Francisco", "linkedin", "github.com/ada", "Oakland", " she ", "2014\"" })
            Assert.DoesNotContain(identity, everything, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.Forbidden, (await org.Api.GetAsync($"/api/v1/applications/{id}/resume")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PutJsonAsync($"/api/v1/applications/{id}/profile/corrections", new ProfileCorrection { Name = "X" })).StatusCode);

        var revealed = await (await org.Api.PostAsync($"/api/v1/applications/{id}/reveal", null)).ReadAsync<ApplicationDetail>();
        Assert.False(revealed.IdentityHidden);
        Assert.Equal("Grace Hopper", revealed.Candidate.Name);
        Assert.Equal("grace@example.com", revealed.Candidate.Email);
        Assert.Equal("api-key:tests", revealed.IdentityRevealedBy);
        Assert.Equal(Letter, revealed.CoverLetterText);
        Assert.Equal(HttpStatusCode.OK, (await org.Api.GetAsync($"/api/v1/applications/{id}/resume")).StatusCode);
        Assert.Equal("Grace Hopper", (await org.WaitForProfileAsync(id)).Profile!.Name);
        Assert.Equal(profile.FitScore, (await org.WaitForProfileAsync(id)).FitScore);
    }

    [Fact]
    public async Task A_resume_scores_the_same_whatever_the_name_pronouns_age_cues_and_blind_setting()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var variant = Resumes.Backend
            .Replace("Grace Hopper", "Mohammed Al-Khwarizmi").Replace("grace@example.com", "mo@example.com")
            .Replace("(415) 555-0199", "+44 20 7946 0958").Replace("linkedin.com/in/gracehopper", "github.com/mo")
            .Replace("Stanford University, 2014", "Stanford University, 1979")
            .Replace("- Python and Django services", "- He built Python and Django services for his team");

        var original = await org.WaitForProfileAsync(await app.ApplyWithAsync(org, job.Id, Resumes.Backend, "grace@example.com"));
        var changed = await org.WaitForProfileAsync(await app.ApplyWithAsync(org, job.Id, variant, "mo@example.com"));
        (await org.Api.PatchAsync("/api/v1/organization", Json("""{"blind_review": true}"""))).EnsureSuccessStatusCode();
        var underBlindReview = await org.WaitForProfileAsync(original.ApplicationId);

        Assert.Equal(original.FitScore, changed.FitScore);
        Assert.Equal(original.FitReasons, changed.FitReasons);
        Assert.Equal(original.FitScore, underBlindReview.FitScore);
    }

    [Fact]
    public async Task Another_organization_cannot_reveal_ours_and_settings_are_validated()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        (await ours.Api.PatchAsync("/api/v1/organization", Json("""{"blind_review": true}"""))).EnsureSuccessStatusCode();
        var job = await ours.CreatePublishedJobAsync(Resumes.BackendJob());
        var id = await app.ApplyWithAsync(ours, job.Id, Resumes.Backend, "grace@example.com");

        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Api.PostAsync($"/api/v1/applications/{id}/reveal", null)).StatusCode);
        Assert.True((await (await ours.Api.GetAsync($"/api/v1/applications/{id}")).ReadAsync<ApplicationDetail>()).IdentityHidden);
        Assert.False((await (await theirs.Api.GetAsync("/api/v1/organization")).ReadAsync<OrganizationApi.OrganizationResponse>()).BlindReview);
        Assert.Equal(HttpStatusCode.BadRequest, (await ours.Api.PatchAsync("/api/v1/organization", Json("""{"name": "   "}"""))).StatusCode);
    }

    [Fact]
    public async Task An_admin_turns_blind_review_on_from_the_settings_page()
    {
        var org = await app.CreateOrganizationAsync();
        var browser = await SignedInAsync(org);

        await browser.SubmitAsync("/staff/settings", "form.settings-form", new Dictionary<string, string> { ["Input.BlindReview"] = "true" });

        Assert.True((await (await org.Api.GetAsync("/api/v1/organization")).ReadAsync<OrganizationApi.OrganizationResponse>()).BlindReview);
        Assert.NotNull((await browser.GetPageAsync("/staff/settings")).QuerySelector("input[name='Input.BlindReview'][checked]"));
    }

    static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    async Task<string> StaffPageAsync(TestOrganization org, string url)
    {
        var response = await (await SignedInAsync(org)).GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 4000)]}");
        return body;
    }

    async Task<HttpClient> SignedInAsync(TestOrganization org)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        await browser.SubmitAsync("/login", "form", new Dictionary<string, string>
        {
            ["Input.Email"] = org.AdminEmail,
            ["Input.Password"] = TestOrganization.Password,
        });
        return browser;
    }
}
