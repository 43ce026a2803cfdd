using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Data;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>
/// Two nodes of one install sharing the Redis server test.sh starts: the public-page cache, the
/// data-protection key ring and the rate-limit counters are the same on both.
/// </summary>
public sealed class RedisTests
{
    static Dictionary<string, string?> Shared(params (string Key, string Value)[] more)
    {
        var settings = TestServers.RedisSettings(Guid.NewGuid().ToString("N")[..12]);
        foreach (var (k, v) in more) settings[k] = v;
        return settings;
    }

    [Fact]
    public async Task A_page_cached_by_one_node_is_served_by_the_other_and_a_change_on_either_evicts_it_on_both()
    {
        var (a, b) = await TestServers.TwoNodesAsync(Shared());
        await using var _ = a;
        await using var __ = b;
        var org = await a.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Jobs.Minimal("Original title"));
        var url = $"/api/v1/job-board/{org.Slug}/jobs/{job.Id}";
        Assert.Contains("Original title", await a.CreateClient().GetStringAsync(url));

        // Behind the cache's back: only a shared cache still answers with the old title on node B.
        await using (var scope = a.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Jobs.Where(j => j.Id == job.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Title, "Changed unseen"));
        Assert.Contains("Original title", await b.CreateClient().GetStringAsync(url));

        // A change through node B evicts node A's copy too (A still holds the page in memory).
        var update = await b.ClientFor(org).Api.PutJsonAsync($"/api/v1/jobs/{job.Id}", Jobs.Minimal("Edited on B"));
        update.EnsureSuccessStatusCode();
        Assert.Contains("Edited on B", await a.CreateClient().GetStringAsync(url));
        Assert.Contains("Edited on B", await a.CreateClient().GetStringAsync($"/careers/{org.Slug}/jobs/{job.Id}"));
        Assert.Contains("Edited on B", await b.CreateClient().GetStringAsync($"/careers/{org.Slug}/jobs/{job.Id}"));
    }

    [Fact]
    public async Task A_form_from_one_node_posts_to_the_other_and_its_sign_in_cookie_works_on_the_first()
    {
        var (a, b) = await TestServers.TwoNodesAsync(Shared());
        await using var _ = a;
        await using var __ = b;
        var org = await a.CreateOrganizationAsync();
        var options = new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false };
        var onA = a.CreateClient(options);
        var onB = b.CreateClient(options);

        var loginPage = await onA.GetAsync("/login");
        var antiforgeryCookie = Cookies(loginPage);
        var page = await new HtmlParser().ParseDocumentAsync(await loginPage.Content.ReadAsStringAsync());
        var fields = page.QuerySelectorAll("form input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
        fields.Add(new("Input.Email", org.AdminEmail));
        fields.Add(new("Input.Password", TestOrganization.Password));
        var post = new HttpRequestMessage(HttpMethod.Post, "/login") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", antiforgeryCookie);

        var signedIn = await onB.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/staff", new Uri(new Uri("http://localhost"), signedIn.Headers.Location!).AbsolutePath);
        var staff = new HttpRequestMessage(HttpMethod.Get, "/staff/jobs");
        staff.Headers.Add("Cookie", Cookies(signedIn));
        var onStaffPage = await onA.SendAsync(staff);
        Assert.Equal(HttpStatusCode.OK, onStaffPage.StatusCode);
    }

    [Fact]
    public async Task The_public_rate_limit_counts_requests_to_both_nodes_and_answers_429_with_retry_after()
    {
        var (a, b) = await TestServers.TwoNodesAsync(Shared(("RateLimits:Public:PermitLimit", "3"), ("RateLimits:Public:Window", "00:01:00")));
        await using var _ = a;
        await using var __ = b;
        var org = await a.CreateOrganizationAsync();
        var url = $"/api/v1/job-board/{org.Slug}/jobs";

        Assert.Equal(HttpStatusCode.OK, (await a.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.CreateClient().GetAsync(url)).StatusCode);
        var refused = await b.CreateClient().GetAsync($"/careers/{org.Slug}");

        await TooManyRequests.AssertAsync(refused, maxSeconds: 60);
    }

    [Fact]
    public async Task Readiness_reports_redis_and_fails_when_it_does_not_answer()
    {
        await using var up = new SqliteApp();
        foreach (var (k, v) in Shared()) up.Settings[k] = v;
        await up.InitializeAsync();
        Assert.Contains("\"redis\":{\"status\":\"Healthy\"", await up.CreateClient().GetStringAsync("/health/ready"));

        await using var down = new SqliteApp();
        down.Settings["Redis:Configuration"] = "127.0.0.1:1,connectTimeout=500";
        await down.InitializeAsync();
        var ready = await down.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"redis\":{\"status\":\"Unhealthy\"", body);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
    }

    /// <summary>The cookies a response sets, as a Cookie request header.</summary>
    static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);
}
