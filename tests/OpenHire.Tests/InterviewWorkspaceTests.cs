using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenHire.Features.Accounts;
using OpenHire.Features.Interviews;
using OpenHire.Features.Scorecards;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class InterviewWorkspaceSqliteTests(SqliteApp app) : InterviewWorkspaceTests(app), IClassFixture<SqliteApp>;
public sealed class InterviewWorkspacePostgresTests(PostgresApp app) : InterviewWorkspaceTests(app), IClassFixture<PostgresApp>;

/// <summary>Interviews and scorecards in the workspace, over plain HTTP as a browser without JavaScript uses it.</summary>
public abstract class InterviewWorkspaceTests(AppFixture app)
{
    async Task<HttpClient> SignInAsync(string email, string password)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        var response = await browser.SubmitAsync("/login", "form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return browser;
    }

    [Fact]
    public async Task A_recruiter_schedules_on_the_application_page_and_the_interviewer_scores_from_my_interviews()
    {
        var org = await app.CreateOrganizationAsync();
        var ivan = await app.AddMemberAsync(org, Roles.Interviewer, "Ivan Browser");
        var job = await org.JobManagedByAsync(null);
        var application = await app.ApplyAsync(org, job.Id, "ada@example.com");
        var admin = await SignInAsync(org.AdminEmail, TestOrganization.Password);

        var page = $"/staff/applications/{application.Id}";
        var scheduled = await admin.SubmitAsync(page, $"form[action='/staff/applications/{application.Id}/interviews']", new Dictionary<string, string>
        {
            ["interviewer_ids"] = ivan.Id.ToString(),
            ["starts_at"] = "2026-12-03T10:00",
            ["time_zone"] = "Europe/Berlin",
            ["duration_minutes"] = "45",
            ["location"] = "Room 4",
        });
        var html = (await new HtmlParser().ParseDocumentAsync(await scheduled.Content.ReadAsStringAsync())).Body!.TextContent;
        Assert.Equal(page, scheduled.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Interview scheduled for 2026-12-03 10:00 (Europe/Berlin)", html);
        Assert.Contains("Thu 3 Dec 2026, 10:00–10:45 (Europe/Berlin)", html);
        var interview = Assert.Single(await (await org.Api.GetAsync($"/api/v1/applications/{application.Id}/interviews")).ReadAsync<List<InterviewResponse>>());

        // The interviewer lands on their interviews, and the workspace offers nothing else.
        var interviewer = await SignInAsync(ivan.Email, ivan.Password);
        var landing = await interviewer.GetAsync("/staff");
        Assert.Equal("/staff/interviews", landing.RequestMessage!.RequestUri!.AbsolutePath);
        var mine = await new HtmlParser().ParseDocumentAsync(await landing.Content.ReadAsStringAsync());
        var nav = mine.QuerySelector("nav[aria-label='Workspace']")!;
        Assert.Null(nav.QuerySelector("a[href='/staff/candidates']"));
        Assert.NotNull(nav.QuerySelector("a[href='/staff/interviews']"));
        Assert.Contains("Ada Lovelace", mine.QuerySelector("table.my-interviews")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await interviewer.GetAsync($"/staff/interviews/{interview.Id}/calendar.ics")).StatusCode);
        // The job's pages are not theirs.
        Assert.Contains("Job not found", await interviewer.GetStringAsync($"/staff/jobs/{job.Id}"));

        var scorecardPage = $"/staff/applications/{application.Id}/scorecard";
        var form = await interviewer.GetPageAsync(scorecardPage);
        Assert.Equal(["Python", "SQL", "Build and run data pipelines"], form.QuerySelectorAll("fieldset.competency legend").Select(l => l.TextContent));
        var submitted = await interviewer.SubmitAsync(scorecardPage, "form.scorecard-form", new Dictionary<string, string>
        {
            ["rating_0"] = "4", ["rating_1"] = "3", ["rating_2"] = "2", ["recommendation"] = "strong_yes", ["notes"] = "Clear thinker",
        });
        var after = await new HtmlParser().ParseDocumentAsync(await submitted.Content.ReadAsStringAsync());
        Assert.Null(after.QuerySelector(".alert")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(page, submitted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("1 scorecard: 1 strong yes", System.Text.RegularExpressions.Regex.Replace(after.QuerySelector(".interviews-panel")!.TextContent, @"\s+", " "));
        // Read-only for an interviewer: no pipeline or correction forms.
        Assert.Null(after.QuerySelector($"form[action='/staff/applications/{application.Id}/move']"));

        var summary = await (await org.Api.GetAsync($"/api/v1/applications/{application.Id}/scorecards")).ReadAsync<ScorecardSummary>();
        Assert.Equal((Recommendation.StrongYes, "Clear thinker"), (summary.Scorecards[0].Recommendation, summary.Scorecards[0].Notes));
    }
}
