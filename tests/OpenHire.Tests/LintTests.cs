using AngleSharp.Html.Parser;
using OpenHire.Analysis.Lint;
using OpenHire.Features.Jobs;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>Posting lint as the API returns it and the workspace shows it.</summary>
public sealed class LintTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    static JobInput Problematic() => Jobs.Minimal("Rockstar Backend Ninja") with
    {
        Locations = [new("Denver", "CO", "US")],
        Summary = "We want an aggressive, dominant digital native.",
        RequiredQualifications = ["15+ years of experience with Kubernetes"],
        EqualOpportunityStatement = null,
        Salary = null,
    };

    [Fact]
    public async Task The_api_lists_pay_transparency_wording_eeo_and_impossible_experience()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await (await org.Api.PostJsonAsync("/api/v1/jobs", Problematic())).ReadAsync<JobResponse>();

        var lint = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/lint")).ReadAsync<JobsApi.JobLintResponse>();

        var rules = lint.Findings.Select(f => f.RuleId).ToList();
        Assert.Contains("pay-transparency.missing-range", rules);
        Assert.Contains("eeo.missing", rules);
        Assert.Contains("experience.impossible", rules);
        Assert.Contains(lint.Findings, f => f.RuleId.StartsWith("wording.") && f.Field == JobField.Summary);
        Assert.Equal(LintSeverity.Error, lint.Findings[0].Severity);

        var fixedJob = Problematic() with
        {
            Title = "Backend Engineer",
            Summary = "Build reliable services with a kind team.",
            RequiredQualifications = ["5+ years of backend experience"],
            EqualOpportunityStatement = "We are an equal opportunity employer.",
            Salary = new SalaryDto(120000, 150000, "USD", SalaryPeriod.Year, null),
        };
        (await org.Api.PutJsonAsync($"/api/v1/jobs/{job.Id}", fixedJob)).EnsureSuccessStatusCode();
        var clean = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/lint")).ReadAsync<JobsApi.JobLintResponse>();
        Assert.DoesNotContain(clean.Findings, f => f.Severity != LintSeverity.Info);
    }

    [Fact]
    public async Task The_seed_posting_import_carries_no_pay_or_eeo_finding()
    {
        var org = await app.CreateOrganizationAsync();
        var import = await (await org.Api.PostJsonAsync("/api/v1/jobs/import", new { text = File.ReadAllText(SeedPostingTests.SeedPath()) })).ReadAsync<JobImport>();
        Assert.DoesNotContain(import.Lint, f => f.RuleId.StartsWith("pay-transparency") || f.RuleId == "eeo.missing");
    }

    [Fact]
    public async Task The_workspace_shows_the_findings_on_the_job_and_in_the_editor()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await (await org.Api.PostJsonAsync("/api/v1/jobs", Problematic())).ReadAsync<JobResponse>();
        var browser = app.CreateClient(new() { HandleCookies = true });
        await browser.SubmitAsync("/login", "form", new Dictionary<string, string> { ["Input.Email"] = org.AdminEmail, ["Input.Password"] = TestOrganization.Password });

        foreach (var url in new[] { $"/staff/jobs/{job.Id}", $"/staff/jobs/{job.Id}/edit" })
        {
            var page = await new HtmlParser().ParseDocumentAsync(await browser.GetStringAsync(url));
            var findings = page.QuerySelectorAll(".lint li").Select(li => li.TextContent).ToList();
            Assert.Contains(findings, f => f.Contains("Colorado"));
            Assert.Contains(findings, f => f.Contains("Kubernetes"));
        }
    }
}
