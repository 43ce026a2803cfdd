using System.Net;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Jobs;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class CrossTenantSqliteTests(SqliteApp app) : CrossTenantTests(app), IClassFixture<SqliteApp>;
public sealed class CrossTenantPostgresTests(PostgresApp app) : CrossTenantTests(app), IClassFixture<PostgresApp>;

/// <summary>Organization A's key reaches none of organization B's jobs, applications, candidates, files or keys.</summary>
public abstract class CrossTenantTests(AppFixture app)
{
    [Fact]
    public async Task One_organization_cannot_list_read_change_or_download_anything_of_another()
    {
        var a = await app.CreateOrganizationAsync();
        var b = await app.CreateOrganizationAsync();
        var job = await b.CreatePublishedJobAsync(Jobs.Minimal("B's job"));
        var receipt = await (await app.CreateClient().PostAsync(Requests.ApplyUrl(b, job.Id), Requests.ApplicationForm())).ReadAsync<ApplicationsApi.ApplicationReceipt>();
        var bKey = (await (await b.Api.GetAsync("/api/v1/api-keys")).ReadAsync<Page<ApiKeysApi.ApiKeyResponse>>()).Items[0];

        string[] reads =
        [
            $"/api/v1/jobs/{job.Id}",
            $"/api/v1/jobs/{job.Id}/applications",
            $"/api/v1/applications/{receipt.Id}",
            $"/api/v1/applications/{receipt.Id}/resume",
            $"/api/v1/applications/{receipt.Id}/cover-letter",
            $"/api/v1/candidates/{receipt.CandidateId}",
        ];
        foreach (var url in reads)
            Assert.Equal(HttpStatusCode.NotFound, (await a.Api.GetAsync(url)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.PutJsonAsync($"/api/v1/jobs/{job.Id}", Jobs.Minimal("Hijacked"))).StatusCode);
        foreach (var action in new[] { "publish", "unpublish", "close" })
            Assert.Equal(HttpStatusCode.NotFound, (await a.Api.PostAsync($"/api/v1/jobs/{job.Id}/{action}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.DeleteAsync($"/api/v1/jobs/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.DeleteAsync($"/api/v1/api-keys/{bKey.Id}")).StatusCode);

        Assert.Empty((await (await a.Api.GetAsync("/api/v1/jobs")).ReadAsync<Page<JobResponse>>()).Items);
        Assert.Empty((await (await a.Api.GetAsync("/api/v1/candidates")).ReadAsync<Page<CandidatesApi.CandidateResponse>>()).Items);
        Assert.Empty((await (await a.Api.GetAsync("/api/v1/candidates?email=ada@example.com")).ReadAsync<Page<CandidatesApi.CandidateResponse>>()).Items);
        Assert.DoesNotContain((await (await a.Api.GetAsync("/api/v1/api-keys")).ReadAsync<Page<ApiKeysApi.ApiKeyResponse>>()).Items, k => k.Id == bKey.Id);

        // The public board of A does not show B's job, nor take applications for it.
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/job-board/{a.Slug}/jobs/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().PostAsync(Requests.ApplyUrl(a, job.Id), Requests.ApplicationForm(email: "x@example.com"))).StatusCode);

        // And B still has all of it, unchanged.
        var still = await (await b.Api.GetAsync($"/api/v1/jobs/{job.Id}")).ReadAsync<JobResponse>();
        Assert.Equal(("B's job", JobStatus.Published), (still.Title, still.Status));
        Assert.Equal(HttpStatusCode.OK, (await b.Api.GetAsync($"/api/v1/applications/{receipt.Id}/resume")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.Api.GetAsync($"/api/v1/api-keys")).StatusCode);
        var bClient = app.CreateClient();
        bClient.DefaultRequestHeaders.Authorization = new("Bearer", b.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await bClient.GetAsync("/api/v1/jobs")).StatusCode);
    }
}
