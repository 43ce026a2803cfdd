using System.Net;
using OpenHire.Features.Pipelines;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class StatusPageSqliteTests(SqliteApp app) : StatusPageTests(app), IClassFixture<SqliteApp>;
public sealed class StatusPagePostgresTests(PostgresApp app) : StatusPageTests(app), IClassFixture<PostgresApp>;

/// <summary>The candidate's status page: reached only by the private link, tells nothing internal, withdraws with confirmation.</summary>
public abstract class StatusPageTests(AppFixture app)
{
    [Fact]
    public async Task Unknown_tokens_are_404_and_the_page_is_neither_cached_nor_referred()
    {
        var (_, _, link) = await ApplicationAsync();
        var client = app.CreateClient();

        foreach (var bad in new[] { "/status/nope", "/status/" + new string('A', 43), link[..^1] + (link[^1] == 'A' ? 'B' : 'A') })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(bad)).StatusCode);
        var page = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(page.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task The_page_shows_a_candidate_friendly_stage_and_nothing_internal()
    {
        var (org, id, link) = await ApplicationAsync();
        var stages = (await (await org.Api.GetAsync($"/api/v1/applications/{id}/stage")).ReadAsync<ApplicationStageState>());
        var pipeline = await (await org.Api.GetAsync($"/api/v1/jobs/{stages.JobId}/pipeline")).ReadAsync<JobPipeline>();
        (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(pipeline.Stages[2].Id, null, "Secret: strong on Kafka, weak on SQL"))).EnsureSuccessStatusCode();

        var html = await app.CreateClient().GetStringAsync(link);

        Assert.Contains("Interviewing", html);
        Assert.DoesNotContain("Technical interview", html);
        Assert.DoesNotContain("Secret", html);
        Assert.DoesNotContain("api-key", html);
    }

    [Fact]
    public async Task Withdrawing_asks_for_confirmation_needs_the_antiforgery_token_and_ends_the_application()
    {
        var (org, id, link) = await ApplicationAsync();
        var candidate = app.Browser(followRedirects: true);

        var unconfirmed = await candidate.SubmitAsync(link + "/withdraw", "form.withdraw", new Dictionary<string, string> { ["confirm"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        var forged = await app.CreateClient().PostAsync(link + "/withdraw", new FormUrlEncodedContent([new("confirm", "yes")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null((await (await org.Api.GetAsync($"/api/v1/applications/{id}/stage")).ReadAsync<ApplicationStageState>()).Outcome);

        var reason = (await candidate.GetPageAsync(link + "/withdraw")).QuerySelectorAll("#reason_id option").Skip(1).First().GetAttribute("value")!;
        var withdrawn = await candidate.SubmitAsync(link + "/withdraw", "form.withdraw", new Dictionary<string, string> { ["confirm"] = "yes", ["reason_id"] = reason });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var html = await withdrawn.Content.ReadAsStringAsync();
        Assert.Contains("You have withdrawn your application.", html);
        Assert.DoesNotContain("form", html.Split("</h1>")[1].Split("<footer")[0].Replace("</form>", ""), StringComparison.Ordinal);
        var state = await (await org.Api.GetAsync($"/api/v1/applications/{id}/stage")).ReadAsync<ApplicationStageState>();
        Assert.Equal((ApplicationOutcome.Withdrawn, Guid.Parse(reason)), (state.Outcome, state.OutcomeReason!.Id));
        var entry = (await (await org.Api.GetAsync($"/api/v1/applications/{id}/timeline")).ReadAsync<Page<TimelineEntry>>()).Items
            .First(e => e.Kind == ApplicationEventKind.Withdrawn);
        Assert.Equal("candidate", entry.Actor);
        Assert.Equal(HttpStatusCode.OK, (await candidate.GetAsync(link + "/withdraw")).StatusCode);
    }

    async Task<(TestOrganization Org, Guid Application, string Link)> ApplicationAsync()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var email = $"ada@{org.Slug}.example.com";
        var id = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: email));
        return (org, id, Hiring.StatusPath(Assert.Single(await app.MailToAsync(email))));
    }
}
