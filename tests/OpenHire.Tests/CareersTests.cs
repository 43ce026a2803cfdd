using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using OpenHire.Features.Careers;
using OpenHire.Features.Demo;
using OpenHire.Features.Jobs;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class CareersSqliteTests(SqliteApp app) : CareersTests(app), IClassFixture<SqliteApp>;
public sealed class CareersPostgresTests(PostgresApp app) : CareersTests(app), IClassFixture<PostgresApp>;

/// <summary>The public careers site and job-board API: what candidates and search engines see.</summary>
public abstract class CareersTests(AppFixture app)
{
    static readonly HtmlParser Html = new();

    [Fact]
    public async Task The_seed_posting_renders_every_section_without_javascript()
    {
        var org = await app.CreateOrganizationAsync();
        var seed = DemoSeeder.SeedJob();
        var job = await org.CreatePublishedJobAsync(seed);

        var response = await app.CreateClient().GetAsync($"/careers/{org.Slug}/jobs/{job.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var text = page.Body!.TextContent;
        Assert.Equal("Senior Backend Engineer", page.QuerySelector("h1")!.TextContent);
        foreach (var line in seed.Responsibilities.Concat(seed.RequiredQualifications).Concat(seed.PreferredQualifications).Concat(seed.Benefits))
            Assert.Contains(line, text);
        foreach (var group in seed.TechStack)
            Assert.Contains(string.Join(", ", group.Items), text);
        Assert.Contains(seed.Summary!, text);
        Assert.Contains(seed.Culture!, text);
        Assert.Contains(seed.EqualOpportunityStatement!, text);
        Assert.Contains(seed.HowToApply!.Instructions!, text);
        Assert.Contains("San Francisco, CA, US", text);
        Assert.Contains("Hybrid – 3 days in office", text);
        Assert.Contains("Full-time", text);
        Assert.Contains("$150,000 – $220,000 USD per year (DOE)", text);
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task The_job_page_carries_a_JobPosting_that_meets_googles_requirements()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(DemoSeeder.SeedJob() with { ValidThrough = DateTimeOffset.UtcNow.AddDays(30) });

        var page = await Html.ParseDocumentAsync(await app.CreateClient().GetStringAsync($"/careers/{org.Slug}/jobs/{job.Id}"));
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        var ld = JsonDocument.Parse(script.TextContent).RootElement;

        Assert.Equal("https://schema.org/", ld.GetProperty("@context").GetString());
        Assert.Equal("JobPosting", ld.GetProperty("@type").GetString());
        Assert.Equal("Senior Backend Engineer", ld.GetProperty("title").GetString());
        Assert.Contains("<li>Mentor junior and mid-level engineers</li>", ld.GetProperty("description").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", ld.GetProperty("datePosted").GetString());
        Assert.True(DateTimeOffset.TryParse(ld.GetProperty("validThrough").GetString(), out _));
        Assert.Equal("Organization", ld.GetProperty("hiringOrganization").GetProperty("@type").GetString());
        Assert.False(string.IsNullOrEmpty(ld.GetProperty("hiringOrganization").GetProperty("name").GetString()));
        var address = ld.GetProperty("jobLocation")[0].GetProperty("address");
        Assert.Equal("San Francisco", address.GetProperty("addressLocality").GetString());
        Assert.Equal("CA", address.GetProperty("addressRegion").GetString());
        Assert.Equal("US", address.GetProperty("addressCountry").GetString());
        Assert.Equal("FULL_TIME", ld.GetProperty("employmentType").GetString());
        var salary = ld.GetProperty("baseSalary");
        Assert.Equal("MonetaryAmount", salary.GetProperty("@type").GetString());
        Assert.Equal("USD", salary.GetProperty("currency").GetString());
        Assert.Equal(150000, salary.GetProperty("value").GetProperty("minValue").GetDecimal());
        Assert.Equal(220000, salary.GetProperty("value").GetProperty("maxValue").GetDecimal());
        Assert.Equal("YEAR", salary.GetProperty("value").GetProperty("unitText").GetString());
        Assert.Equal(job.Id.ToString(), ld.GetProperty("identifier").GetProperty("value").GetString());
        Assert.True(ld.GetProperty("directApply").GetBoolean());
    }

    [Fact]
    public async Task A_remote_job_is_telecommute_with_the_countries_applicants_may_live_in()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Jobs.Minimal() with { WorkplaceType = WorkplaceType.Remote, Locations = [new(null, null, "US"), new(null, null, "CA")] });

        var page = await Html.ParseDocumentAsync(await app.CreateClient().GetStringAsync($"/careers/{org.Slug}/jobs/{job.Id}"));
        var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        Assert.Equal("TELECOMMUTE", ld.GetProperty("jobLocationType").GetString());
        Assert.Equal(["US", "CA"], ld.GetProperty("applicantLocationRequirements").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Html_in_any_field_is_shown_as_text_and_cannot_break_out_of_the_json_ld()
    {
        var org = await app.CreateOrganizationAsync();
        const string hostile = "</script><script>alert('x')</script><b>bold</b>";
        var job = await org.CreatePublishedJobAsync(Jobs.Minimal(hostile) with { Summary = hostile, Responsibilities = [hostile] });

        var html = await app.CreateClient().GetStringAsync($"/careers/{org.Slug}/jobs/{job.Id}");
        var page = await Html.ParseDocumentAsync(html);

        Assert.DoesNotContain("<script>alert", html);
        Assert.Empty(page.QuerySelectorAll("b"));
        Assert.Equal(hostile, page.QuerySelector("h1")!.TextContent);
        var ld = JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent).RootElement;
        Assert.Equal(hostile, ld.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_careers_list_shows_open_jobs_only_and_filters_them()
    {
        var org = await app.CreateOrganizationAsync();
        var backend = await org.CreatePublishedJobAsync(Jobs.Minimal("Backend Engineer") with { Department = "Engineering", Summary = "Python and PostgreSQL." });
        var remote = await org.CreatePublishedJobAsync(Jobs.Minimal("Support Lead") with { Department = "Support", WorkplaceType = WorkplaceType.Remote, EmploymentType = EmploymentType.PartTime, Locations = [new(null, null, "GB")] });
        var draft = await (await org.Api.PostJsonAsync("/api/v1/jobs", Jobs.Minimal("Secret Draft"))).ReadAsync<JobResponse>();
        var closed = await org.CreatePublishedJobAsync(Jobs.Minimal("Closed Role"));
        (await org.Api.PostAsync($"/api/v1/jobs/{closed.Id}/close", null)).EnsureSuccessStatusCode();
        var expired = await org.CreatePublishedJobAsync(Jobs.Minimal("Expired Role") with { ValidThrough = DateTimeOffset.UtcNow.AddDays(-1) });
        var client = app.CreateClient();

        async Task<string[]> Titles(string query) =>
            (await Html.ParseDocumentAsync(await client.GetStringAsync($"/careers/{org.Slug}{query}")))
                .QuerySelectorAll(".job-list strong").Select(e => e.TextContent).Order().ToArray();

        Assert.Equal(["Backend Engineer", "Support Lead"], await Titles(""));
        Assert.Equal(["Backend Engineer"], await Titles("?q=postgresql"));
        Assert.Equal(["Support Lead"], await Titles("?workplace_type=remote"));
        Assert.Equal(["Backend Engineer"], await Titles("?location=berlin"));
        Assert.Equal(["Support Lead"], await Titles("?department=support"));
        Assert.Equal(["Support Lead"], await Titles("?employment_type=part_time"));
        Assert.Empty(await Titles("?q=nothing-matches-this"));
        foreach (var hidden in new[] { draft.Id, closed.Id, expired.Id })
            Assert.Contains("This job is not open", await client.GetStringAsync($"/careers/{org.Slug}/jobs/{hidden}"));
        _ = backend; _ = remote;
    }

    [Fact]
    public async Task The_job_board_api_lists_and_filters_open_jobs_with_paging()
    {
        var org = await app.CreateOrganizationAsync();
        var first = await org.CreatePublishedJobAsync(Jobs.Minimal("First"));
        var second = await org.CreatePublishedJobAsync(Jobs.Minimal("Second") with { WorkplaceType = WorkplaceType.Hybrid, InOfficeDaysPerWeek = 2 });
        await org.Api.PostJsonAsync("/api/v1/jobs", Jobs.Minimal("Draft"));
        var client = app.CreateClient();

        var all = await (await client.GetAsync($"/api/v1/job-board/{org.Slug}/jobs")).ReadAsync<Page<JobBoardApi.JobSummary>>();
        Assert.Equal([second.Id, first.Id], all.Items.Select(j => j.Id));
        Assert.Equal($"/careers/{org.Slug}/jobs/{second.Id}", all.Items[0].Url);

        var page = await (await client.GetAsync($"/api/v1/job-board/{org.Slug}/jobs?limit=1")).ReadAsync<Page<JobBoardApi.JobSummary>>();
        Assert.Equal(second.Id, Assert.Single(page.Items).Id);
        var next = await (await client.GetAsync($"/api/v1/job-board/{org.Slug}/jobs?limit=1&cursor={page.NextCursor}")).ReadAsync<Page<JobBoardApi.JobSummary>>();
        Assert.Equal(first.Id, Assert.Single(next.Items).Id);
        Assert.Null(next.NextCursor);

        var hybrid = await (await client.GetAsync($"/api/v1/job-board/{org.Slug}/jobs?workplace_type=hybrid")).ReadAsync<Page<JobBoardApi.JobSummary>>();
        Assert.Equal(second.Id, Assert.Single(hybrid.Items).Id);
        var bad = await client.GetAsync($"/api/v1/job-board/{org.Slug}/jobs?workplace_type=moon");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var one = await (await client.GetAsync($"/api/v1/job-board/{org.Slug}/jobs/{first.Id}")).ReadAsync<JobResponse>();
        Assert.Equal("First", one.Title);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/job-board/no-such-org/jobs")).StatusCode);
    }

    [Fact]
    public async Task A_change_to_a_job_reaches_the_cached_public_pages_at_once()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Jobs.Minimal("Old Title"));
        var client = app.CreateClient();
        Assert.Contains("Old Title", await client.GetStringAsync($"/careers/{org.Slug}"));
        Assert.Contains("Old Title", await client.GetStringAsync($"/api/v1/job-board/{org.Slug}/jobs/{job.Id}"));

        (await org.Api.PutJsonAsync($"/api/v1/jobs/{job.Id}", Jobs.Minimal("New Title"))).EnsureSuccessStatusCode();

        Assert.Contains("New Title", await client.GetStringAsync($"/careers/{org.Slug}"));
        Assert.Contains("New Title", await client.GetStringAsync($"/api/v1/job-board/{org.Slug}/jobs/{job.Id}"));
        (await org.Api.PostAsync($"/api/v1/jobs/{job.Id}/close", null)).EnsureSuccessStatusCode();
        Assert.DoesNotContain("New Title", await client.GetStringAsync($"/careers/{org.Slug}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/job-board/{org.Slug}/jobs/{job.Id}")).StatusCode);
    }
}
