using System.Net;
using OpenHire.Features.Demo;
using OpenHire.Features.Jobs;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class JobsApiSqliteTests(SqliteApp app) : JobsApiTests(app), IClassFixture<SqliteApp>;
public sealed class JobsApiPostgresTests(PostgresApp app) : JobsApiTests(app), IClassFixture<PostgresApp>;

/// <summary>/api/v1/jobs: create, read, update, list, publish, unpublish, close and delete, and their refusals.</summary>
public abstract class JobsApiTests(AppFixture app)
{
    [Fact]
    public async Task The_seed_posting_round_trips_through_the_api_with_every_section()
    {
        var org = await app.CreateOrganizationAsync();
        var seed = DemoSeeder.SeedJob();

        var created = await org.Api.PostJsonAsync("/api/v1/jobs", seed);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var job = await created.ReadAsync<JobResponse>();
        Assert.Equal($"/api/v1/jobs/{job.Id}", created.Headers.Location!.OriginalString);

        var read = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}")).ReadAsync<JobResponse>();
        Assert.Equal(JobStatus.Draft, read.Status);
        Assert.Equal(seed.Title, read.Title);
        Assert.Equal(seed.Summary, read.Summary);
        Assert.Equal(seed.Responsibilities, read.Responsibilities);
        Assert.Equal(9, read.Responsibilities.Count);
        Assert.Equal(seed.RequiredQualifications, read.RequiredQualifications);
        Assert.Equal(seed.PreferredQualifications, read.PreferredQualifications);
        Assert.Equal(7, read.Benefits.Count);
        Assert.Equal(seed.TechStack.Select(g => $"{g.Category}:{string.Join(",", g.Items)}"), read.TechStack.Select(g => $"{g.Category}:{string.Join(",", g.Items)}"));
        Assert.Equal(seed.Culture, read.Culture);
        Assert.Equal(seed.EqualOpportunityStatement, read.EqualOpportunityStatement);
        Assert.Equal(new JobLocationDto("San Francisco", "CA", "US"), Assert.Single(read.Locations));
        Assert.Equal(WorkplaceType.Hybrid, read.WorkplaceType);
        Assert.Equal(3, read.InOfficeDaysPerWeek);
        Assert.Equal(EmploymentType.FullTime, read.EmploymentType);
        Assert.Equal(new SalaryDto(150000, 220000, "USD", SalaryPeriod.Year, "DOE"), read.Salary);
        Assert.Equal(seed.HowToApply, read.HowToApply);
    }

    [Fact]
    public async Task Jobs_move_between_draft_published_and_closed_and_refuse_impossible_moves()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await (await org.Api.PostJsonAsync("/api/v1/jobs", Jobs.Minimal())).ReadAsync<JobResponse>();

        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostAsync($"/api/v1/jobs/{job.Id}/unpublish", null)).StatusCode);
        var published = await (await org.Api.PostAsync($"/api/v1/jobs/{job.Id}/publish", null)).ReadAsync<JobResponse>();
        Assert.Equal(JobStatus.Published, published.Status);
        Assert.NotNull(published.PublishedAt);
        var unpublished = await (await org.Api.PostAsync($"/api/v1/jobs/{job.Id}/unpublish", null)).ReadAsync<JobResponse>();
        Assert.Equal(JobStatus.Draft, unpublished.Status);
        var closed = await (await org.Api.PostAsync($"/api/v1/jobs/{job.Id}/close", null)).ReadAsync<JobResponse>();
        Assert.Equal(JobStatus.Closed, closed.Status);

        var reopen = await org.Api.PostAsync($"/api/v1/jobs/{job.Id}/publish", null);
        Assert.Equal(HttpStatusCode.Conflict, reopen.StatusCode);
        Assert.Equal("application/problem+json", reopen.Content.Headers.ContentType!.MediaType);
        Assert.Contains("closed", (await reopen.ReadAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>()).Detail);
    }

    [Fact]
    public async Task Updating_replaces_the_content()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await (await org.Api.PostJsonAsync("/api/v1/jobs", Jobs.Minimal())).ReadAsync<JobResponse>();
        var changed = Jobs.Minimal("Staff Data Engineer") with { WorkplaceType = WorkplaceType.Remote, Locations = [new(null, null, "DE")] };

        var response = await org.Api.PutJsonAsync($"/api/v1/jobs/{job.Id}", changed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}")).ReadAsync<JobResponse>();
        Assert.Equal("Staff Data Engineer", read.Title);
        Assert.Equal(WorkplaceType.Remote, read.WorkplaceType);
    }

    [Fact]
    public async Task Lists_page_by_cursor_newest_first_without_gaps_or_repeats()
    {
        var org = await app.CreateOrganizationAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
            ids.Add((await (await org.Api.PostJsonAsync("/api/v1/jobs", Jobs.Minimal($"Job {i}"))).ReadAsync<JobResponse>()).Id);

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var response = await org.Api.GetAsync($"/api/v1/jobs?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var page = await response.ReadAsync<Page<JobResponse>>();
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items.Select(j => j.Id));
            cursor = page.NextCursor;
        } while (cursor is not null);

        Assert.Equal(Enumerable.Reverse(ids), seen);
        var published = await org.Api.GetAsync("/api/v1/jobs?status=published");
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        Assert.Empty((await published.ReadAsync<Page<JobResponse>>()).Items);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_paging_parameters_are_400_with_the_field(string query, string field)
    {
        var org = await app.CreateOrganizationAsync();
        var response = await org.Api.GetAsync($"/api/v1/jobs?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Keys);
    }

    [Fact]
    public async Task Invalid_jobs_are_refused_field_by_field_and_nothing_is_stored()
    {
        var org = await app.CreateOrganizationAsync();
        var invalid = Jobs.Minimal("") with
        {
            Locations = [new("Berlin", null, "Germany")],
            InOfficeDaysPerWeek = 3,
            Salary = new SalaryDto(200, 100, "dollars", SalaryPeriod.Year, null),
        };

        var response = await org.Api.PostJsonAsync("/api/v1/jobs", invalid);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        Assert.Equivalent(new[] { "title", "locations[0].country", "in_office_days_per_week", "salary.max", "salary.currency" }, problem.Errors.Keys, strict: true);
        Assert.Empty((await (await org.Api.GetAsync("/api/v1/jobs")).ReadAsync<Page<JobResponse>>()).Items);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var org = await app.CreateOrganizationAsync();
        var response = await org.Api.PostAsync("/api/v1/jobs", new StringContent("{\"title\": \"x\", \"workplace_type\": \"moon\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_job_with_applications_cannot_be_deleted_but_an_untouched_one_can()
    {
        var org = await app.CreateOrganizationAsync();
        var untouched = await (await org.Api.PostJsonAsync("/api/v1/jobs", Jobs.Minimal())).ReadAsync<JobResponse>();
        var applied = await org.CreatePublishedJobAsync();
        (await app.CreateClient().PostAsync(Requests.ApplyUrl(org, applied.Id), Requests.ApplicationForm())).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NoContent, (await org.Api.DeleteAsync($"/api/v1/jobs/{untouched.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Api.GetAsync($"/api/v1/jobs/{untouched.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.DeleteAsync($"/api/v1/jobs/{applied.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_api_needs_a_valid_unrevoked_key()
    {
        var org = await app.CreateOrganizationAsync();
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/jobs")).StatusCode);

        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", org.ApiKey[..^2] + "xx");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/jobs")).StatusCode);

        var created = await (await org.Api.PostJsonAsync("/api/v1/api-keys", new { name = "temporary" })).ReadAsync<OpenHire.Features.Accounts.ApiKeysApi.CreatedApiKey>();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", created.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/jobs")).StatusCode);
        var keys = await (await org.Api.GetAsync("/api/v1/api-keys")).ReadAsync<Page<OpenHire.Features.Accounts.ApiKeysApi.ApiKeyResponse>>();
        Assert.Contains(keys.Items, k => k.Name == "temporary" && k.RevokedAt == null);

        Assert.Equal(HttpStatusCode.NoContent, (await org.Api.DeleteAsync($"/api/v1/api-keys/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/jobs")).StatusCode);
    }
}
