using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Demo;
using OpenHire.Features.Jobs;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Resumes;
using OpenHire.Infrastructure.Http;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>A host started with `--demo`, as the README's first command starts it.</summary>
public sealed class DemoApp : AppFixture
{
    public DemoApp()
    {
        Settings["Demo:Enabled"] = "true";
        Settings["Database:MigrateOnStart"] = "true";
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "openhire.db")};Pooling=True";
}

/// <summary>The demo organization is a working hiring team: jobs, candidates at every stage, resumes read and ranked.</summary>
public sealed class DemoTests(DemoApp app) : IClassFixture<DemoApp>
{
    async Task<HttpClient> ApiAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var org = await db.Organizations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
        var (_, token) = await scope.ServiceProvider.GetRequiredService<OrganizationSetup>().CreateApiKeyAsync(org.Id, "demo test", default);
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    /// <summary>The job's applicants best fit first, once every resume has been read.</summary>
    static async Task<List<ApplicationSummary>> RankedWhenReadAsync(HttpClient api, Guid jobId)
    {
        for (var i = 0; ; i++)
        {
            var page = await (await api.GetAsync($"/api/v1/jobs/{jobId}/applications?sort=fit&limit=100")).ReadAsync<Page<ApplicationSummary>>();
            if (page.Items.All(a => a.ResumeStatus == ResumeStatus.Parsed)) return [.. page.Items];
            Assert.DoesNotContain(page.Items, a => a.ResumeStatus == ResumeStatus.Failed);
            if (i == 300) throw new TimeoutException("The demo resumes were never all read.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task The_demo_has_the_seed_job_and_two_imported_jobs_published_with_candidates_read_and_ranked()
    {
        var api = await ApiAsync();
        var jobs = (await (await api.GetAsync("/api/v1/jobs")).ReadAsync<Page<JobResponse>>()).Items;
        Assert.Equal(["Product Designer", "Registered Nurse, Intensive Care Unit (Nights)", "Senior Backend Engineer"], jobs.Select(j => j.Title).Order());
        Assert.All(jobs, j => Assert.Equal(JobStatus.Published, j.Status));
        var nurse = jobs.Single(j => j.Title.StartsWith("Registered Nurse"));
        Assert.Equal(new SalaryDto(52, 68, "USD", SalaryPeriod.Hour, null), nurse.Salary);
        Assert.Contains("ACLS", nurse.RequiredSkills);

        var backend = await RankedWhenReadAsync(api, jobs.Single(j => j.Title == "Senior Backend Engineer").Id);
        Assert.Equal(10, backend.Count);
        Assert.Equal("Amara Okafor", backend[0].Candidate.Name);
        Assert.Equal("Offer", backend[0].Stage.Name);
        var rejected = Assert.Single(backend, a => a.Outcome is not null);
        Assert.Equal(("Liam O'Connor", ApplicationOutcome.Rejected), (rejected.Candidate.Name, rejected.Outcome!.Value));
        Assert.True(rejected.FitScore < backend[0].FitScore - 20, $"the frontend engineer scores {rejected.FitScore}, the best {backend[0].FitScore}");
        Assert.Equal(["Applied", "Onsite", "Screen", "Technical interview"],
            backend.Where(a => a.Outcome is null).Select(a => a.Stage.Name).Distinct().Except(["Offer"]).Order());

        var designers = await RankedWhenReadAsync(api, jobs.Single(j => j.Title == "Product Designer").Id);
        Assert.Equal(["Elena Petrova", "Noah Williams"], designers.Select(a => a.Candidate.Name));
    }

    [Fact]
    public async Task The_careers_site_lists_the_three_jobs_with_what_is_known_of_each()
    {
        var page = System.Net.WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/careers/demo"));

        Assert.Contains("Engineering · San Francisco, CA, US · Hybrid – 3 days in office · Full-time", page);
        Assert.Contains("Nursing · Seattle, WA, US · On-site · Full-time", page);
        Assert.Contains("Design · US · Remote · Full-time", page);
    }

    [Fact]
    public async Task The_recruiter_signs_in_with_the_password_the_sign_in_page_shows()
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        var login = await browser.GetStringAsync("/login");
        Assert.Contains(DemoSeeder.RecruiterEmail, login);

        var response = await browser.SubmitAsync("/login", "form", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoSeeder.RecruiterEmail,
            ["Input.Password"] = DemoSeeder.AdminPassword,
        });

        Assert.Equal("/staff", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Senior Backend Engineer", await browser.GetStringAsync("/staff/jobs"));
    }

    [Fact]
    public async Task The_interviewer_sees_only_the_interview_they_were_invited_to()
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        var response = await browser.SubmitAsync("/login", "form", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoSeeder.InterviewerEmail,
            ["Input.Password"] = DemoSeeder.AdminPassword,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var interviews = await browser.GetStringAsync("/staff/interviews");
        Assert.Contains("Priya Raman", interviews);
        Assert.DoesNotContain("Amara Okafor", interviews);
        var candidates = await browser.GetStringAsync("/staff/candidates");
        Assert.Contains("Priya Raman", candidates);
        Assert.DoesNotContain("Amara Okafor", candidates);
    }
}
