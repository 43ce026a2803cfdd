using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Data;
using OpenHire.Features.Messaging;
using OpenHire.Features.Pipelines;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class EmailSqliteTests(SqliteApp app) : EmailTests(app), IClassFixture<SqliteApp>;
public sealed class EmailPostgresTests(PostgresApp app) : EmailTests(app), IClassFixture<PostgresApp>;

/// <summary>Email templates, the confirmation through them, automatic emails on moves, bulk email, and every email on the timeline.</summary>
public abstract class EmailTests(AppFixture app)
{
    [Fact]
    public async Task The_confirmation_is_written_from_the_template_carries_a_private_link_and_is_on_the_timeline()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var id = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: $"grace@{org.Slug}.example.com", name: "Grace Hopper"));

        var mail = Assert.Single(await app.MailToAsync($"grace@{org.Slug}.example.com"));
        Assert.Equal($"We received your application: {job.Title}", mail.Subject);
        Assert.Contains("Dear Grace Hopper,", mail.TextBody);
        Assert.Contains($"Thank you for applying for {job.Title}", mail.TextBody);
        var status = await app.CreateClient().GetAsync(Hiring.StatusPath(mail));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains(job.Title, await status.Content.ReadAsStringAsync());

        var timeline = (await (await org.Api.GetAsync($"/api/v1/applications/{id}/timeline")).ReadAsync<Page<TimelineEntry>>()).Items;
        var emailed = Assert.Single(timeline, e => e.Kind == ApplicationEventKind.Emailed);
        Assert.Equal(mail.Subject, emailed.Note);
        var listed = Assert.Single(await (await org.Api.GetAsync($"/api/v1/applications/{id}/emails")).ReadAsync<List<EmailResponse>>());
        Assert.Equal((emailed.SubjectId, $"grace@{org.Slug}.example.com", mail.Subject, "confirmation", EmailStatus.Sent),
            (listed.Id, listed.ToAddress, listed.Subject, listed.Template, listed.Status));
        // The team reads what was sent, but not the candidate's key to their own page.
        Assert.Contains("/status/(the candidate's private link)", listed.Body);
        Assert.DoesNotContain(Hiring.StatusPath(mail), listed.Body);
        Assert.Equal(listed.Id, (await (await org.Api.GetAsync($"/api/v1/emails/{listed.Id}")).ReadAsync<EmailResponse>()).Id);
    }

    [Fact]
    public async Task A_template_that_does_not_parse_is_refused_with_422_saying_where_and_nothing_changes()
    {
        var org = await app.CreateOrganizationAsync();

        var broken = await org.Api.PutJsonAsync("/api/v1/email-templates/rejection", new EmailTemplateInput("Sorry", "Dear {{ candidate.name }},\n{% if candidate.name %}\nno end"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType!.MediaType);
        var problem = await broken.ReadAsync<JsonElement>();
        Assert.Equal("body", problem.GetProperty("field").GetString());
        Assert.Contains("body template", problem.GetProperty("detail").GetString());
        var kept = await (await org.Api.GetAsync("/api/v1/email-templates/rejection")).ReadAsync<EmailTemplateResponse>();
        Assert.True(kept.IsDefault);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await org.Api.PostJsonAsync("/api/v1/email-templates/preview", new EmailTemplateInput("{{ job.title ", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PutJsonAsync("/api/v1/email-templates/no-such-kind", new EmailTemplateInput("a", "b"))).StatusCode);
    }

    [Fact]
    public async Task An_organizations_own_template_is_previewed_on_sample_data_and_used_for_its_emails_only()
    {
        var org = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var template = new EmailTemplateInput("Hello {{ candidate.first_name }} – {{ job.title }}", "We got it, {{ candidate.first_name }}. Track it: {{ status_url }}");

        var preview = await (await org.Api.PostJsonAsync("/api/v1/email-templates/preview", template)).ReadAsync<EmailPreview>();
        Assert.Equal("Hello Ada – Data Engineer", preview.Subject);
        Assert.StartsWith("We got it, Ada. Track it: http", preview.Body);
        var saved = await org.Api.PutJsonAsync("/api/v1/email-templates/confirmation", template);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.False((await saved.ReadAsync<EmailTemplateResponse>()).IsDefault);

        var job = await org.CreatePublishedJobAsync(Jobs.Minimal("Platform Engineer"));
        await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: $"ines@{org.Slug}.example.com", name: "Ines Moreau"));
        var theirJob = await other.CreatePublishedJobAsync(Jobs.Minimal("Platform Engineer"));
        await app.ApplyWithFileAsync(other, theirJob.Id, Requests.ApplicationForm(email: $"ines.other@{org.Slug}.example.com", name: "Ines Moreau"));

        var mail = Assert.Single(await app.MailToAsync($"ines@{org.Slug}.example.com"));
        Assert.Equal("Hello Ines – Platform Engineer", mail.Subject);
        Assert.Matches(@"^We got it, Ines\. Track it: http\S+/status/[A-Za-z0-9_-]{40,}\s*$", mail.TextBody);
        Assert.StartsWith("We received your application", Assert.Single(await app.MailToAsync($"ines.other@{org.Slug}.example.com")).Subject);

        var reset = await (await org.Api.DeleteAsync("/api/v1/email-templates/confirmation")).ReadAsync<EmailTemplateResponse>();
        Assert.True(reset.IsDefault);
    }

    [Fact]
    public async Task Automatic_emails_are_off_by_default_and_a_rule_sends_the_rejection_after_its_delay_unless_the_move_is_undone()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var reason = (await (await org.Api.GetAsync("/api/v1/rejection-reasons?kind=rejected")).ReadAsync<List<ReasonResponse>>())[0].Id;
        var quiet = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: $"quiet@{org.Slug}.example.com"));
        (await org.Api.PostJsonAsync($"/api/v1/applications/{quiet}/reject", new OutcomeRequest(reason))).EnsureSuccessStatusCode();
        Assert.Empty((await (await org.Api.GetAsync("/api/v1/email-automation")).ReadAsync<EmailAutomationSettings>()).Rules!);

        var rules = await org.Api.PutJsonAsync("/api/v1/email-automation", new EmailAutomationSettings(
        [
            new(ApplicationOutcome.Rejected, null, EmailTemplateKind.Rejection, 0),
            new(null, "technical interview", EmailTemplateKind.StageUpdate, 60),
        ]));
        Assert.Equal(HttpStatusCode.OK, rules.StatusCode);
        var ada = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: $"ada@{org.Slug}.example.com"));
        (await org.Api.PostJsonAsync($"/api/v1/applications/{ada}/reject", new OutcomeRequest(reason))).EnsureSuccessStatusCode();

        var toAda = await app.MailToAsync($"ada@{org.Slug}.example.com", atLeast: 2);
        Assert.Equal($"Your application for {job.Title}", toAda.Last().Subject);
        Assert.Contains("not to move forward", toAda.Last().TextBody);
        Assert.Single(await app.MailToAsync($"quiet@{org.Slug}.example.com"));

        // Entering "Technical interview" queues the stage update for an hour later; moving back calls it off.
        var grace = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: $"grace@{org.Slug}.example.com"));
        var stages = (await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/pipeline")).ReadAsync<JobPipeline>()).Stages;
        (await org.Api.PostJsonAsync($"/api/v1/applications/{grace}/move", new MoveRequest(stages[2].Id))).EnsureSuccessStatusCode();
        var waiting = Assert.Single(await EmailsAsync(org, grace), e => e.Template == "stage_update");
        Assert.Equal(EmailStatus.Waiting, waiting.Status);
        Assert.InRange(waiting.SendAfter!.Value, DateTimeOffset.UtcNow.AddMinutes(55), DateTimeOffset.UtcNow.AddMinutes(61));
        (await org.Api.PostJsonAsync($"/api/v1/applications/{grace}/move", new MoveRequest(stages[0].Id))).EnsureSuccessStatusCode();

        Assert.Equal(EmailStatus.Cancelled, (await EmailsAsync(org, grace)).Single(e => e.Id == waiting.Id).Status);
        var timeline = (await (await org.Api.GetAsync($"/api/v1/applications/{grace}/timeline")).ReadAsync<Page<TimelineEntry>>()).Items;
        Assert.Contains(timeline, e => e.Kind == ApplicationEventKind.EmailCancelled && e.SubjectId == waiting.Id);
        await app.SendPendingEmailsAsync();
        Assert.Single(await app.MailToAsync($"grace@{org.Slug}.example.com"));
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostAsync($"/api/v1/emails/{waiting.Id}/cancel", null)).StatusCode);

        var invalid = await org.Api.PutJsonAsync("/api/v1/email-automation", new EmailAutomationSettings([new(ApplicationOutcome.Rejected, "Screen", EmailTemplateKind.Rejection, 5)]));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task Bulk_email_sends_one_email_per_application_all_or_nothing()
    {
        var org = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var ada = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: $"ada@{org.Slug}.example.com", name: "Ada Lovelace"));
        var alan = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: $"alan@{org.Slug}.example.com", name: "Alan Turing"));
        var theirs = await app.ApplyWithFileAsync(other, (await other.CreatePublishedJobAsync()).Id, Requests.ApplicationForm(email: $"eve@{org.Slug}.example.com"));

        var foreign = await org.Api.PostJsonAsync("/api/v1/emails", new BulkEmailRequest([ada, theirs], null, "Hi", "Hello"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var broken = await org.Api.PostJsonAsync("/api/v1/emails", new BulkEmailRequest([ada], null, "Hi", "{% for %}"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Single(await EmailsAsync(org, ada));

        var sent = await org.Api.PostJsonAsync("/api/v1/emails", new BulkEmailRequest([ada, alan], null,
            "An update on {{ job.title }}", "Dear {{ candidate.first_name }}, we will decide by Friday."));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(2, (await sent.ReadAsync<List<EmailResponse>>()).Count);
        Assert.Contains("Dear Alan, we will decide by Friday.", (await app.MailToAsync($"alan@{org.Slug}.example.com", atLeast: 2)).Last().TextBody);
        Assert.Equal($"An update on {job.Title}", (await app.MailToAsync($"ada@{org.Slug}.example.com", atLeast: 2)).Last().Subject);

        var templated = await org.Api.PostJsonAsync("/api/v1/emails", new BulkEmailRequest([ada], EmailTemplateKind.Rejection, null, null));
        Assert.Equal(HttpStatusCode.OK, templated.StatusCode);
        Assert.Equal(3, (await EmailsAsync(org, ada)).Count);
    }

    [Fact]
    public async Task The_send_service_attaches_files_and_they_are_readable_through_the_api()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var id = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: $"ada@{org.Slug}.example.com"));
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"u8.ToArray();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<ApplicationEmails>();
            var result = await sender.SendAsync(org.Id, [id], new EmailRequest(EmailTemplateKind.InterviewInvitation,
                Variables: new Dictionary<string, object?> { ["interview"] = new Dictionary<string, object?> { ["when"] = "Tuesday 14:00", ["location"] = "Room 4" } },
                Attachments: [new("invite.ics", "text/calendar", ics)]), new Actor(null, "tests"), default);
            Assert.True(result.Succeeded, result.Message);
        }

        var mail = (await app.MailToAsync($"ada@{org.Slug}.example.com", atLeast: 2)).Last();
        Assert.Contains("When: Tuesday 14:00", mail.TextBody);
        Assert.Equal("invite.ics", Assert.Single(mail.Attachments).ContentDisposition!.FileName);
        var listed = (await EmailsAsync(org, id)).First();
        var attachment = Assert.Single(listed.Attachments);
        Assert.Equal(("invite.ics", "text/calendar"), (attachment.FileName, attachment.ContentType));
        Assert.Equal(ics, await org.Api.GetByteArrayAsync($"/api/v1/emails/{listed.Id}/attachments/0"));
    }

    [Fact]
    public async Task The_settings_page_previews_a_template_refuses_a_broken_one_and_saves_a_good_one()
    {
        var org = await app.CreateOrganizationAsync();
        var admin = await app.SignInAsync(org.AdminEmail, TestOrganization.Password);
        const string page = "/staff/settings/emails/rejection";

        var broken = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await (await admin.SubmitAsync(page, "form.template-form",
            new Dictionary<string, string> { ["Input.Body"] = "{% if x %}", ["Input.Action"] = "save" })).Content.ReadAsStringAsync());
        Assert.Contains("body template has an error", broken.QuerySelector(".alert")!.TextContent);
        Assert.True((await (await org.Api.GetAsync("/api/v1/email-templates/rejection")).ReadAsync<EmailTemplateResponse>()).IsDefault);

        var saved = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await (await admin.SubmitAsync(page, "form.template-form",
            new Dictionary<string, string> { ["Input.Subject"] = "Sorry, {{ candidate.first_name }}", ["Input.Action"] = "save" })).Content.ReadAsStringAsync());
        Assert.Equal("Sorry, Ada", saved.QuerySelector(".template-preview strong")!.TextContent);
        Assert.Equal("Sorry, {{ candidate.first_name }}", (await (await org.Api.GetAsync("/api/v1/email-templates/rejection")).ReadAsync<EmailTemplateResponse>()).Subject);
    }

    static async Task<List<EmailResponse>> EmailsAsync(TestOrganization org, Guid application) =>
        await (await org.Api.GetAsync($"/api/v1/applications/{application}/emails")).ReadAsync<List<EmailResponse>>();
}
