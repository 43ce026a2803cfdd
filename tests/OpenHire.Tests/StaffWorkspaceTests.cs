using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class StaffWorkspaceSqliteTests(SqliteApp app) : StaffWorkspaceTests(app), IClassFixture<SqliteApp>;
public sealed class StaffWorkspacePostgresTests(PostgresApp app) : StaffWorkspaceTests(app), IClassFixture<PostgresApp>;

/// <summary>The staff workspace over plain HTTP, as a browser without JavaScript uses it.</summary>
public abstract class StaffWorkspaceTests(AppFixture app)
{
    HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });

    async Task<HttpClient> SignedInAsync(TestOrganization org)
    {
        var browser = Browser();
        var response = await browser.SubmitAsync("/login", "form", new Dictionary<string, string>
        {
            ["Input.Email"] = org.AdminEmail,
            ["Input.Password"] = TestOrganization.Password,
        });
        Assert.Equal("/staff", response.RequestMessage!.RequestUri!.AbsolutePath);
        return browser;
    }

    [Fact]
    public async Task The_workspace_asks_for_sign_in_and_refuses_a_wrong_password()
    {
        var org = await app.CreateOrganizationAsync();
        var browser = Browser();

        var staff = await browser.GetAsync("/staff/jobs");
        Assert.Equal("/login", staff.RequestMessage!.RequestUri!.AbsolutePath);

        var wrong = await browser.SubmitAsync("/login", "form", new Dictionary<string, string> { ["Input.Email"] = org.AdminEmail, ["Input.Password"] = "not the password" });
        Assert.Contains("do not match", await wrong.Content.ReadAsStringAsync());
        Assert.Equal("/login", wrong.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_recruiter_writes_publishes_and_closes_a_job_in_the_editor()
    {
        var org = await app.CreateOrganizationAsync();
        var browser = await SignedInAsync(org);

        var saved = await browser.SubmitAsync("/staff/jobs/new", "form.job-editor", new Dictionary<string, string>
        {
            ["Input.Title"] = "Platform Engineer",
            ["Input.Department"] = "Infrastructure",
            ["Input.Summary"] = "Keep the lights on.",
            ["Input.Responsibilities"] = "• Run Kubernetes\n• Own the CI",
            ["Input.TechStack"] = "Infrastructure: AWS, Kubernetes\nDatabases: PostgreSQL",
            ["Input.Locations"] = "Austin, TX, US",
            ["Input.WorkplaceType"] = "Hybrid",
            ["Input.InOfficeDaysPerWeek"] = "2",
            ["Input.SalaryMin"] = "120000",
            ["Input.SalaryMax"] = "150000",
            ["Input.SalaryCurrency"] = "usd",
            ["Input.SalaryNote"] = "DOE",
        });
        var jobUrl = saved.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches("^/staff/jobs/[0-9a-f-]{36}$", jobUrl);

        var job = await (await org.Api.GetAsync($"/api/v1/jobs/{jobUrl.Split('/')[^1]}")).ReadAsync<JobResponse>();
        Assert.Equal(["Run Kubernetes", "Own the CI"], job.Responsibilities);
        Assert.Equal([new TechStackGroupDto("Infrastructure", ["AWS", "Kubernetes"]).ToString(), new TechStackGroupDto("Databases", ["PostgreSQL"]).ToString()],
            job.TechStack.Select(g => new TechStackGroupDto(g.Category, [.. g.Items]).ToString()));
        Assert.Equal(new JobLocationDto("Austin", "TX", "US"), Assert.Single(job.Locations));
        Assert.Equal((WorkplaceType.Hybrid, 2), (job.WorkplaceType, job.InOfficeDaysPerWeek));
        Assert.Equal(new SalaryDto(120000, 150000, "USD", SalaryPeriod.Year, "DOE"), job.Salary);

        await browser.SubmitAsync(jobUrl, "form:has(button:contains('Publish'))");
        Assert.Contains("Platform Engineer", await app.CreateClient().GetStringAsync($"/careers/{org.Slug}"));
        await browser.SubmitAsync(jobUrl, "form:has(button:contains('Close'))");
        Assert.Equal(JobStatus.Closed, (await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}")).ReadAsync<JobResponse>()).Status);
        Assert.DoesNotContain("Platform Engineer", await app.CreateClient().GetStringAsync($"/careers/{org.Slug}"));
    }

    [Fact]
    public async Task The_editor_shows_what_to_fix_and_saves_nothing()
    {
        var org = await app.CreateOrganizationAsync();
        var browser = await SignedInAsync(org);

        var response = await browser.SubmitAsync("/staff/jobs/new", "form.job-editor", new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Locations"] = "Austin, Texas",
        });

        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("#title-error"));
        Assert.NotNull(page.QuerySelector("#locations-error"));
        Assert.Empty((await (await org.Api.GetAsync("/api/v1/jobs")).ReadAsync<Page<JobResponse>>()).Items);
    }

    [Fact]
    public async Task Recruiters_read_applications_and_download_resumes_of_their_organization_only()
    {
        var org = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Jobs.Minimal("Analyst"));
        var resume = TestFiles.Pdf(4096);
        var receipt = await (await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(name: "Grace <b>Hopper</b>", resume: resume))).ReadAsync<ApplicationsApi.ApplicationReceipt>();
        var browser = await SignedInAsync(org);

        var jobPage = await browser.GetPageAsync($"/staff/jobs/{job.Id}");
        Assert.Equal("Grace <b>Hopper</b>", jobPage.QuerySelector($"a[href='/staff/applications/{receipt.Id}']")!.TextContent);
        var applicationPage = await browser.GetPageAsync($"/staff/applications/{receipt.Id}");
        Assert.Contains("I would love to join.", applicationPage.QuerySelector(".letter")!.TextContent);
        Assert.Equal(resume, await browser.GetByteArrayAsync($"/staff/applications/{receipt.Id}/resume"));
        Assert.Contains("Grace <b>Hopper</b>", (await browser.GetPageAsync("/staff/candidates")).Body!.TextContent);

        var outsider = await SignedInAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/staff/applications/{receipt.Id}/resume")).StatusCode);
        Assert.Contains("Application not found", await outsider.GetStringAsync($"/staff/applications/{receipt.Id}"));
        Assert.Contains("Job not found", await outsider.GetStringAsync($"/staff/jobs/{job.Id}"));
        Assert.DoesNotContain("Hopper", await outsider.GetStringAsync("/staff/candidates"));
    }

    [Fact]
    public async Task Admins_create_a_key_shown_once_that_works_and_revoke_it()
    {
        var org = await app.CreateOrganizationAsync();
        var browser = await SignedInAsync(org);

        var created = await new HtmlParser().ParseDocumentAsync(await (await browser.SubmitAsync("/staff/api-keys", "form.inline", new Dictionary<string, string> { ["KeyName"] = "HRIS sync" })).Content.ReadAsStringAsync());
        var token = created.QuerySelector("code.token")!.TextContent;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/jobs")).StatusCode);
        Assert.Null((await browser.GetPageAsync("/staff/api-keys")).QuerySelector("code.token"));

        await browser.SubmitAsync("/staff/api-keys", "tr:has(td:contains('HRIS sync')) form");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/jobs")).StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_a_recruiter_who_works_on_jobs_but_not_on_keys_or_the_team()
    {
        var org = await app.CreateOrganizationAsync();
        var admin = await SignedInAsync(org);
        var email = $"rita@{org.Slug}.example.com";

        var added = await new HtmlParser().ParseDocumentAsync(await (await admin.SubmitAsync("/staff/team", "form.team-form", new Dictionary<string, string>
        {
            ["Member.Name"] = "Rita Recruiter",
            ["Member.Email"] = email,
            ["Member.Role"] = "recruiter",
        })).Content.ReadAsStringAsync());
        var password = added.QuerySelector("code.token")!.TextContent;

        var recruiter = Browser();
        var signedIn = await recruiter.SubmitAsync("/login", "form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal("/staff", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull((await recruiter.GetPageAsync("/staff/jobs/new")).QuerySelector("form.job-editor"));
        foreach (var adminOnly in new[] { "/staff/api-keys", "/staff/team" })
            Assert.Equal("/access-denied", (await recruiter.GetAsync(adminOnly)).RequestMessage!.RequestUri!.AbsolutePath);

        var team = await (await org.Api.GetAsync("/api/v1/team")).ReadAsync<Page<OpenHire.Features.Accounts.TeamApi.Member>>();
        Assert.Contains(team.Items, m => m.Email == email && m.Role == "recruiter");
    }

    [Fact]
    public async Task The_team_api_adds_members_and_refuses_bad_ones()
    {
        var org = await app.CreateOrganizationAsync();

        var bad = await org.Api.PostJsonAsync("/api/v1/team", new { name = "", email = "x@example.com", role = "owner" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equivalent(new[] { "name", "role" }, (await bad.ReadAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Keys, strict: true);

        var good = await org.Api.PostJsonAsync("/api/v1/team", new { name = "Hal", email = $"hal@{org.Slug}.example.com", role = "admin" });
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var member = await good.ReadAsync<OpenHire.Features.Accounts.TeamApi.AddedMember>();
        Assert.True(member.InitialPassword.Length >= 12);
        var again = await org.Api.PostJsonAsync("/api/v1/team", new { name = "Hal", email = $"hal@{org.Slug}.example.com", role = "admin" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }
}
