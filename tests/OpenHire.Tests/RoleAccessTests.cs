using System.Net;
using OpenHire.Features.Accounts;
using OpenHire.Features.Candidates;
using OpenHire.Features.Interviews;
using OpenHire.Features.Jobs;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class RoleAccessSqliteTests(SqliteApp app) : RoleAccessTests(app), IClassFixture<SqliteApp>;
public sealed class RoleAccessPostgresTests(PostgresApp app) : RoleAccessTests(app), IClassFixture<PostgresApp>;

/// <summary>
/// The role rules, endpoint by endpoint: each API endpoint called as each role, answered as
/// allowed, forbidden (403) or not found (404, for what is none of the caller's business).
/// </summary>
public abstract class RoleAccessTests(AppFixture app)
{
    /// <summary>What a role gets: allowed (past the access check, whatever the body's fate), 403 or 404.</summary>
    public enum Gets { Allowed, Forbidden, NotFound }

    const Gets A = Gets.Allowed, F = Gets.Forbidden, N = Gets.NotFound;

    sealed record World(
        TestOrganization Org, TestMember Recruiter, TestMember Manager, TestMember OtherManager, TestMember Interviewer,
        JobResponse Job, JobResponse OtherJob, Guid Interviewed, Guid NotInterviewed, Guid NotInterviewedCandidate, Guid OtherJobApplication, Guid InterviewId);

    async Task<World> WorldAsync()
    {
        var org = await app.CreateOrganizationAsync();
        var recruiter = await app.AddMemberAsync(org, Roles.Recruiter, "Rita Recruiter");
        var manager = await app.AddMemberAsync(org, Roles.HiringManager, "Hana Manager");
        var otherManager = await app.AddMemberAsync(org, Roles.HiringManager, "Otto Manager");
        var interviewer = await app.AddMemberAsync(org, Roles.Interviewer, "Ivan Interviewer");
        var job = await org.JobManagedByAsync(manager.Id);
        var otherJob = await org.JobManagedByAsync(otherManager.Id, "Platform Engineer");
        var interviewed = await app.ApplyAsync(org, job.Id, "ada@example.com");
        var notInterviewed = await app.ApplyAsync(org, job.Id, "grace@example.com", "Grace Hopper");
        var other = await app.ApplyAsync(org, otherJob.Id, "alan@example.com", "Alan Turing");
        var scheduled = await org.Api.PostJsonAsync($"/api/v1/applications/{interviewed.Id}/interviews",
            new InterviewInput([interviewer.Id], "2026-12-03T10:00", "Europe/Berlin", 60, "Room 1"));
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var interview = await scheduled.ReadAsync<InterviewResponse>();
        return new(org, recruiter, manager, otherManager, interviewer, job, otherJob, interviewed.Id, notInterviewed.Id, notInterviewed.CandidateId, other.Id, interview.Id);
    }

    /// <summary>One row of the matrix: a request and what admin, recruiter, the job's manager, another manager and the interviewer get.</summary>
    sealed record Row(string Method, string Url, object? Body, Gets Admin, Gets Recruiter, Gets Manager, Gets OtherManager, Gets Interviewer);

    static IEnumerable<Row> Matrix(World w)
    {
        var (job, other, seen, unseen, iv) = (w.Job.Id, w.OtherJob.Id, w.Interviewed, w.NotInterviewed, w.InterviewId);
        var edit = Jobs.Minimal("Renamed") with { HiringManagerId = w.Manager.Id };
        object empty = new { };
        return
        [
            new("GET", "/api/v1/jobs", null, A, A, A, A, A),
            new("POST", "/api/v1/jobs", Jobs.Minimal(), A, A, F, F, F),
            new("GET", $"/api/v1/jobs/{job}", null, A, A, A, N, A),
            new("GET", $"/api/v1/jobs/{other}", null, A, A, N, A, N),
            new("PUT", $"/api/v1/jobs/{job}", edit, A, A, A, N, F),
            new("GET", $"/api/v1/jobs/{job}/lint", null, A, A, A, N, A),
            new("POST", $"/api/v1/jobs/{job}/close", null, A, A, A, N, F) { },
            new("GET", $"/api/v1/jobs/{job}/applications", null, A, A, A, N, F),
            new("GET", $"/api/v1/jobs/{job}/pipeline", null, A, A, A, N, A),
            new("PUT", $"/api/v1/jobs/{job}/pipeline", empty, A, A, A, N, F),
            new("POST", $"/api/v1/jobs/{job}/applications/bulk-move", empty, A, A, A, N, F),
            new("GET", $"/api/v1/applications/{seen}", null, A, A, A, N, A),
            new("GET", $"/api/v1/applications/{unseen}", null, A, A, A, N, N),
            new("GET", $"/api/v1/applications/{w.OtherJobApplication}", null, A, A, N, A, N),
            new("GET", $"/api/v1/applications/{seen}/resume", null, A, A, A, N, A),
            new("GET", $"/api/v1/applications/{unseen}/resume", null, A, A, A, N, N),
            new("GET", $"/api/v1/applications/{seen}/profile", null, A, A, A, N, A),
            new("POST", $"/api/v1/applications/{seen}/move", empty, A, A, A, N, F),
            new("POST", $"/api/v1/applications/{seen}/reject", empty, A, A, A, N, F),
            new("POST", $"/api/v1/applications/{seen}/reveal", null, A, A, A, N, F),
            new("GET", $"/api/v1/applications/{seen}/stage", null, A, A, A, N, A),
            new("GET", $"/api/v1/applications/{seen}/timeline", null, A, A, A, N, A),
            new("GET", $"/api/v1/applications/{unseen}/timeline", null, A, A, A, N, N),
            new("GET", $"/api/v1/applications/{seen}/interviews", null, A, A, A, N, A),
            new("POST", $"/api/v1/applications/{seen}/interviews", empty, A, A, A, N, F),
            new("POST", $"/api/v1/applications/{unseen}/interviews", empty, A, A, A, N, N),
            new("GET", "/api/v1/interviews/mine", null, A, A, A, A, A),
            new("GET", $"/api/v1/interviews/{iv}", null, A, A, A, N, A),
            new("GET", $"/api/v1/interviews/{iv}/calendar.ics", null, A, A, A, N, A),
            new("PUT", $"/api/v1/interviews/{iv}", empty, A, A, A, N, F),
            new("POST", $"/api/v1/interviews/{iv}/cancel", new { reason = new string('x', 3000) }, A, A, A, N, F),
            new("GET", $"/api/v1/jobs/{job}/interview-kit", null, A, A, A, N, A),
            new("PUT", $"/api/v1/jobs/{job}/interview-kit", empty, A, A, A, N, F),
            new("PUT", $"/api/v1/jobs/{other}/interview-kit", empty, A, A, N, A, N),
            // Others' feedback: those who decide see it; an interviewer only after submitting their own.
            new("GET", $"/api/v1/applications/{seen}/scorecards", null, A, A, A, N, F),
            // Only the application's interviewers submit scorecards, each their own.
            new("PUT", $"/api/v1/applications/{seen}/scorecards/mine", empty, F, F, F, N, A),
            new("GET", "/api/v1/candidates", null, A, A, A, A, A),
            new("GET", $"/api/v1/candidates/{w.NotInterviewedCandidate}", null, A, A, A, N, N),
            new("GET", "/api/v1/team", null, A, A, A, A, A),
            new("POST", "/api/v1/team", empty, A, F, F, F, F),
            new("PUT", $"/api/v1/team/{w.Interviewer.Id}/role", empty, A, F, F, F, F),
            new("GET", "/api/v1/api-keys", null, A, F, F, F, F),
            new("GET", "/api/v1/organization", null, A, A, A, A, A),
            new("PATCH", "/api/v1/organization", empty, A, F, F, F, F),
            new("GET", "/api/v1/rejection-reasons", null, A, A, A, A, A),
            new("POST", "/api/v1/rejection-reasons", empty, A, A, F, F, F),
            new("GET", "/api/v1/pipeline-templates", null, A, A, F, F, F),
        ];
    }

    [Fact]
    public async Task Every_endpoint_answers_each_role_as_the_access_rules_say()
    {
        var w = await WorldAsync();
        var callers = new (string Role, HttpClient Client, Func<Row, Gets> Expected)[]
        {
            // Read-only and refused calls first, so the state-changing rows meet the same world for every role.
            ("interviewer", w.Interviewer.Api, r => r.Interviewer),
            ("other hiring manager", w.OtherManager.Api, r => r.OtherManager),
            ("hiring manager", w.Manager.Api, r => r.Manager),
            ("recruiter", w.Recruiter.Api, r => r.Recruiter),
            ("admin (organization key)", w.Org.Api, r => r.Admin),
        };
        var failures = new List<string>();
        foreach (var (role, client, expected) in callers)
            foreach (var row in Matrix(w))
            {
                var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url);
                if (row.Body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(row.Body, row.Body.GetType(), options: Requests.Json);
                var status = (await client.SendAsync(request)).StatusCode;
                var got = status switch { HttpStatusCode.Forbidden => F, HttpStatusCode.NotFound => N, _ => A };
                if (status == HttpStatusCode.Unauthorized) failures.Add($"{role} {row.Method} {row.Url}: 401");
                else if (got != expected(row)) failures.Add($"{role} {row.Method} {row.Url}: expected {expected(row)}, got {(int)status}");
            }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Lists_show_each_role_only_what_it_may_see()
    {
        var w = await WorldAsync();

        async Task<List<Guid>> Jobs(HttpClient c) => [.. (await (await c.GetAsync("/api/v1/jobs")).ReadAsync<Page<JobResponse>>()).Items.Select(j => j.Id)];
        async Task<List<string?>> Candidates(HttpClient c) => [.. (await (await c.GetAsync("/api/v1/candidates")).ReadAsync<Page<CandidatesApi.CandidateResponse>>()).Items.Select(x => x.Email)];

        Assert.Equivalent(new[] { w.Job.Id, w.OtherJob.Id }, await Jobs(w.Recruiter.Api));
        Assert.Equal([w.Job.Id], await Jobs(w.Manager.Api));
        Assert.Equal([w.OtherJob.Id], await Jobs(w.OtherManager.Api));
        Assert.Equal([w.Job.Id], await Jobs(w.Interviewer.Api));
        Assert.Equal(["ada@example.com"], await Candidates(w.Interviewer.Api));
        Assert.Equivalent(new[] { "ada@example.com", "grace@example.com" }, await Candidates(w.Manager.Api));
        Assert.Equal(3, (await Candidates(w.Recruiter.Api)).Count);

        var mine = await (await w.Interviewer.Api.GetAsync("/api/v1/interviews/mine")).ReadAsync<List<MyInterview>>();
        Assert.Equal((w.InterviewId, "Ada Lovelace"), (Assert.Single(mine).Interview.Id, mine[0].CandidateName));
        Assert.Empty(await (await w.Manager.Api.GetAsync("/api/v1/interviews/mine")).ReadAsync<List<MyInterview>>());
    }

    [Fact]
    public async Task A_hiring_manager_cannot_name_another_manager_and_a_role_change_takes_effect_at_once()
    {
        var w = await WorldAsync();

        // The manager's own edit keeps them as the job's manager, whatever the body says.
        var edited = await w.Manager.Api.PutJsonAsync($"/api/v1/jobs/{w.Job.Id}", Jobs.Minimal("Renamed") with { HiringManagerId = w.OtherManager.Id });
        Assert.Equal(w.Manager.Id, (await edited.ReadAsync<JobResponse>()).HiringManagerId);
        Assert.Equal(HttpStatusCode.NotFound, (await w.OtherManager.Api.GetAsync($"/api/v1/jobs/{w.Job.Id}")).StatusCode);

        var unknown = await w.Org.Api.PutJsonAsync($"/api/v1/jobs/{w.Job.Id}", Jobs.Minimal() with { HiringManagerId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        // Promoted to recruiter, the interviewer's same key sees everything.
        Assert.Equal(HttpStatusCode.NotFound, (await w.Interviewer.Api.GetAsync($"/api/v1/applications/{w.NotInterviewed}")).StatusCode);
        var changed = await w.Org.Api.PutJsonAsync($"/api/v1/team/{w.Interviewer.Id}/role", new { role = Roles.Recruiter });
        Assert.Equal(Roles.Recruiter, (await changed.ReadAsync<TeamApi.Member>()).Role);
        Assert.Equal(HttpStatusCode.OK, (await w.Interviewer.Api.GetAsync($"/api/v1/applications/{w.NotInterviewed}")).StatusCode);
    }
}
