using System.Net;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>Rate limits of one node without Redis: per client address on public endpoints, per key on the API.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Applications_past_the_limit_are_refused_with_429_and_nothing_is_stored()
    {
        await using var app = new SqliteApp();
        app.Settings["RateLimits:Apply:PermitLimit"] = "2";
        app.Settings["RateLimits:Apply:Window"] = "00:10:00";
        await app.InitializeAsync();
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var client = app.CreateClient();

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(email: $"c{i}@example.com"))).StatusCode);
        var refused = await client.PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(email: "c3@example.com"));

        await TooManyRequests.AssertAsync(refused, maxSeconds: 600);
        var list = await org.Api.GetStringAsync($"/api/v1/jobs/{job.Id}/applications");
        Assert.DoesNotContain("c3@example.com", list);
    }

    [Fact]
    public async Task The_api_limit_is_per_key()
    {
        await using var app = new SqliteApp();
        app.Settings["RateLimits:Api:PermitLimit"] = "2";
        await app.InitializeAsync();
        var first = await app.CreateOrganizationAsync();
        var second = await app.CreateOrganizationAsync();

        Assert.Equal(HttpStatusCode.OK, (await first.Api.GetAsync("/api/v1/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.Api.GetAsync("/api/v1/jobs")).StatusCode);
        await TooManyRequests.AssertAsync(await first.Api.GetAsync("/api/v1/jobs"), maxSeconds: 60);
        Assert.Equal(HttpStatusCode.OK, (await second.Api.GetAsync("/api/v1/jobs")).StatusCode);
    }
}

/// <summary>What a client past a rate limit gets: 429, Retry-After and a ProblemDetails body.</summary>
public static class TooManyRequests
{
    public static async Task AssertAsync(HttpResponseMessage response, int maxSeconds)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("No Retry-After header.");
        Assert.InRange(retryAfter.TotalSeconds, 1, maxSeconds);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        Assert.Equal(429, problem.Status);
    }
}
