using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using OpenHire.Features.Demo;
using OpenHire.Features.Jobs;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>Pasted postings become draft jobs; jobs export as Markdown; the JSON-LD carries requirements.</summary>
public sealed class ImportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    static string SeedText() => File.ReadAllText(SeedPostingTests.SeedPath());

    [Fact]
    public async Task The_seed_posting_imports_with_every_field_right()
    {
        var org = await app.CreateOrganizationAsync();

        var response = await org.Api.PostJsonAsync("/api/v1/jobs/import", new { text = SeedText() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var import = await response.ReadAsync<JobImport>();
        var draft = import.Draft;
        var seed = DemoSeeder.SeedJob();
        Assert.Equal("Senior Backend Engineer", draft.Title);
        Assert.Equal(seed.Summary, draft.Summary);
        Assert.Equal(seed.Responsibilities, draft.Responsibilities);
        Assert.Equal(seed.RequiredQualifications, draft.RequiredQualifications);
        Assert.Equal(seed.PreferredQualifications, draft.PreferredQualifications);
        Assert.Equal(seed.Benefits, draft.Benefits);
        Assert.Equal(seed.Culture, draft.Culture);
        Assert.Equal(seed.EqualOpportunityStatement, draft.EqualOpportunityStatement);
        Assert.Equal(seed.HowToApply!.Instructions, draft.HowToApply!.Instructions);
        Assert.Equal(new JobLocationDto("San Francisco", "CA", "US"), Assert.Single(draft.Locations));
        Assert.Equal((WorkplaceType.Hybrid, 3, EmploymentType.FullTime), (draft.WorkplaceType, draft.InOfficeDaysPerWeek, draft.EmploymentType));
        Assert.Equal(new SalaryDto(150000, 220000, "USD", SalaryPeriod.Year, "DOE"), draft.Salary);
        Assert.Equal(5, draft.MinYearsExperience);
        Assert.Equal(new EducationDto(EducationLevel.Bachelor, true), draft.Education);
        Assert.Subset(draft.RequiredSkills.ToHashSet(), new HashSet<string> { "Python", "PostgreSQL", "Docker", "AWS", "RabbitMQ", "Kafka", "SQS" });
        Assert.Subset(draft.PreferredSkills.ToHashSet(), new HashSet<string> { "Kubernetes", "Redis", "CI/CD", "GraphQL", "Prometheus", "Grafana" });
        Assert.Equal(["Backend", "Databases", "Infrastructure", "Message Queues", "Monitoring", "CI/CD"], draft.TechStack.Select(g => g.Category));
        var title = import.Sources["title"];
        Assert.Equal("Senior Backend Engineer", import.Text.Substring(title.Start, title.Length));
        Assert.InRange(import.Confidence, 0.75, 1.0);

        var saved = await org.Api.PostJsonAsync("/api/v1/jobs", draft);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(draft.Title, Assert.Single((await (await org.Api.GetAsync("/api/v1/jobs")).ReadAsync<Page<JobResponse>>()).Items).Title);
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("\u0000\u0001\u0002binary\u0000\u0000\u0003\u0004", HttpStatusCode.UnprocessableEntity)]
    public async Task Empty_and_binary_text_are_refused_clearly(string text, HttpStatusCode status)
    {
        var org = await app.CreateOrganizationAsync();
        var response = await org.Api.PostJsonAsync("/api/v1/jobs/import", new { text });
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Ten_megabytes_of_text_is_413()
    {
        var org = await app.CreateOrganizationAsync();
        var response = await org.Api.PostJsonAsync("/api/v1/jobs/import", new { text = new string('a', 10 * 1024 * 1024) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Html_postings_import_without_their_scripts()
    {
        var org = await app.CreateOrganizationAsync();
        const string html = "<html><head><style>h1{color:red}</style><script>alert('x')</script></head><body><h1>Data Analyst</h1><p>Location: Austin, TX</p><h2>Requirements</h2><ul><li>3+ years of SQL</li><li>Experience with Tableau</li></ul></body></html>";

        var import = await (await org.Api.PostJsonAsync("/api/v1/jobs/import", new { text = html })).ReadAsync<JobImport>();

        Assert.Equal("Data Analyst", import.Draft.Title);
        Assert.DoesNotContain("alert", JsonSerializer.Serialize(import, Requests.Json));
        Assert.DoesNotContain("color:red", import.Text);
        Assert.Contains("SQL", import.Draft.RequiredSkills);
    }

    [Fact]
    public async Task The_editor_imports_pasted_text_into_a_draft_the_recruiter_saves()
    {
        var org = await app.CreateOrganizationAsync();
        var browser = app.CreateClient(new() { HandleCookies = true });
        await browser.SubmitAsync("/login", "form", new Dictionary<string, string> { ["Input.Email"] = org.AdminEmail, ["Input.Password"] = TestOrganization.Password });

        var read = await browser.SubmitAsync("/staff/jobs/new", "form.import-form", new Dictionary<string, string> { ["PostingText"] = SeedText() });
        var page = await new HtmlParser().ParseDocumentAsync(await read.Content.ReadAsStringAsync());
        Assert.Equal("Senior Backend Engineer", page.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Contains("PostgreSQL", page.QuerySelector("#required_skills")!.TextContent);
        Assert.Equal("Hybrid", page.QuerySelector("#workplace_type option[selected]")!.GetAttribute("value"));
        Assert.Empty((await (await org.Api.GetAsync("/api/v1/jobs")).ReadAsync<Page<JobResponse>>()).Items);
    }

    [Fact]
    public async Task A_job_exports_as_markdown_and_its_json_ld_carries_the_requirements()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(DemoSeeder.SeedJob() with { Summary = "Build <b>great</b> things *fast*." });

        var markdown = await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/markdown");
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType!.MediaType);
        var text = await markdown.Content.ReadAsStringAsync();
        Assert.StartsWith("# Senior Backend Engineer\n", text);
        Assert.Contains("- Mentor junior and mid-level engineers", text);
        Assert.Contains("Build \\<b\\>great\\</b\\> things \\*fast\\*.", text);
        Assert.Contains("- **Salary:** $150,000 – $220,000 USD per year (DOE)", text);

        var html = await new HtmlParser().ParseDocumentAsync(await app.CreateClient().GetStringAsync($"/careers/{org.Slug}/jobs/{job.Id}"));
        var ld = JsonDocument.Parse(html.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Contains("PostgreSQL", ld.GetProperty("skills").GetString());
        Assert.Contains("5+ years of professional software engineering experience", ld.GetProperty("qualifications").GetString());
        Assert.Contains("Mentor junior and mid-level engineers", ld.GetProperty("responsibilities").GetString());
        Assert.Equal("bachelor degree", ld.GetProperty("educationRequirements").GetProperty("credentialCategory").GetString());
        Assert.True(ld.GetProperty("experienceInPlaceOfEducation").GetBoolean());
        Assert.Equal(60, ld.GetProperty("experienceRequirements").GetProperty("monthsOfExperience").GetInt32());
    }
}
