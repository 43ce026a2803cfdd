using System.Net;
using OpenHire.Features.Accounts;
using OpenHire.Features.Interviews;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Scorecards;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class ScorecardSqliteTests(SqliteApp app) : ScorecardTests(app), IClassFixture<SqliteApp>;
public sealed class ScorecardPostgresTests(PostgresApp app) : ScorecardTests(app), IClassFixture<PostgresApp>;

/// <summary>Interview kits drawn from the posting, scorecards per interviewer, and no peeking before submitting.</summary>
public abstract class ScorecardTests(AppFixture app)
{
    [Fact]
    public async Task The_kit_starts_from_the_postings_skills_and_responsibilities_and_can_be_edited()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.JobManagedByAsync(null);

        var kit = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/interview-kit")).ReadAsync<InterviewKitResponse>();
        Assert.True(kit.IsDefault);
        Assert.Equal(["Python", "SQL", "Build and run data pipelines"], kit.Competencies.Select(c => c.Name));
        Assert.All(kit.Competencies, c => Assert.NotEmpty(c.Questions));

        var saved = await org.Api.PutJsonAsync($"/api/v1/jobs/{job.Id}/interview-kit", new InterviewKitInput(
            [new("Python", ["Design a job scheduler."]), new("Communication", [])]));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var again = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/interview-kit")).ReadAsync<InterviewKitResponse>();
        Assert.False(again.IsDefault);
        Assert.Equal(["Python", "Communication"], again.Competencies.Select(c => c.Name));

        var duplicate = await org.Api.PutJsonAsync($"/api/v1/jobs/{job.Id}/interview-kit", new InterviewKitInput([new("A", []), new("a", [])]));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
    }

    [Fact]
    public async Task An_interviewer_sees_the_teams_scorecards_only_after_submitting_their_own()
    {
        var org = await app.CreateOrganizationAsync();
        var manager = await app.AddMemberAsync(org, Roles.HiringManager, "Hana Scores");
        var otherManager = await app.AddMemberAsync(org, Roles.HiringManager, "Otto Scores");
        var ivan = await app.AddMemberAsync(org, Roles.Interviewer, "Ivan Scores");
        var olga = await app.AddMemberAsync(org, Roles.Interviewer, "Olga Scores");
        var job = await org.JobManagedByAsync(manager.Id);
        var application = await app.ApplyAsync(org, job.Id, "ada@example.com");
        var scheduled = await manager.Api.PostJsonAsync($"/api/v1/applications/{application.Id}/interviews",
            new InterviewInput([ivan.Id, olga.Id], "2026-12-03T10:00", "Europe/London", 60));
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var url = $"/api/v1/applications/{application.Id}/scorecards";

        ScorecardInput Card(int python, Recommendation recommendation) => new(
            [new("Python", python, "Solid"), new("SQL", 3), new("Build and run data pipelines", 2)], recommendation, "Good conversation");

        var incomplete = await ivan.Api.PutJsonAsync($"{url}/mine", new ScorecardInput([new("Python", 4)], Recommendation.Yes));
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var outOfRange = await ivan.Api.PutJsonAsync($"{url}/mine", Card(5, Recommendation.Yes));
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ivan.Api.PutJsonAsync($"{url}/mine", Card(4, Recommendation.StrongYes))).StatusCode);
        var ivansView = await (await ivan.Api.GetAsync(url)).ReadAsync<ScorecardSummary>();
        Assert.Equal(1, ivansView.Submitted);

        // Olga has not submitted: Ivan's scorecard stays hidden from her.
        Assert.Equal(HttpStatusCode.Forbidden, (await olga.Api.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await olga.Api.GetAsync($"{url}/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await olga.Api.PutJsonAsync($"{url}/mine", Card(2, Recommendation.No))).StatusCode);
        var summary = await (await olga.Api.GetAsync(url)).ReadAsync<ScorecardSummary>();
        Assert.Equal(2, summary.Submitted);
        Assert.Equal((1, 1, 0), (summary.Recommendations[Recommendation.StrongYes], summary.Recommendations[Recommendation.No], summary.Recommendations[Recommendation.Yes]));
        Assert.Equal(3.0, summary.Competencies.Single(c => c.Competency == "Python").AverageRating);

        // Revising replaces the scorecard rather than adding one.
        Assert.Equal(HttpStatusCode.OK, (await ivan.Api.PutJsonAsync($"{url}/mine", Card(3, Recommendation.Yes))).StatusCode);
        var managers = await (await manager.Api.GetAsync(url)).ReadAsync<ScorecardSummary>();
        Assert.Equal((2, 2.5), (managers.Submitted, managers.Competencies.Single(c => c.Competency == "Python").AverageRating));
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.Api.GetAsync(url)).StatusCode);
        // The hiring manager decides but does not interview: no scorecard of their own.
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Api.PutJsonAsync($"{url}/mine", Card(3, Recommendation.Yes))).StatusCode);

        var timeline = await (await org.Api.GetAsync($"/api/v1/applications/{application.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        Assert.Equal(3, timeline.Items.Count(e => e.Kind == ApplicationEventKind.ScorecardSubmitted));
    }
}
