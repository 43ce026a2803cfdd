using System.Net;
using System.Text;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>
/// Request bodies are limited everywhere: 1 MB by default (RequestLimits:MaxBodyBytes), more
/// only where an endpoint says so (applications, posting import). Run on real Kestrel, which
/// enforces the limits; the in-memory test server does not.
/// </summary>
public sealed class BodyLimitTests : IAsyncLifetime
{
    readonly SqliteApp app = new();

    public async ValueTask InitializeAsync()
    {
        app.UseKestrel(0);
        app.StartServer();
        await app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_json_body_over_the_default_limit_is_413()
    {
        var org = await app.CreateOrganizationAsync();
        var huge = $$"""{"title": "{{new string('a', 2 * 1024 * 1024)}}"}""";

        var response = await org.Api.PostAsync("/api/v1/jobs", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_application_may_be_larger_than_the_default()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();

        var response = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(resume: TestFiles.Pdf(5 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
