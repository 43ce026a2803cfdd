using OpenHire.Analysis.Lint;
using OpenHire.Analysis.Postings;

namespace OpenHire.Analysis.Tests.Lint;

/// <summary>Jobs for the lint tests: <see cref="Clean"/> has no findings; each test changes one thing.</summary>
internal static class Jobs
{
    public static readonly DateOnly AsOf = new(2026, 11, 28);

    public static JobForLint Clean => new()
    {
        Title = "Senior Backend Engineer",
        Summary = "You will build the services behind our hiring platform.",
        Responsibilities = ["Design and run backend services", "Review code and mentor engineers"],
        RequiredQualifications = ["5+ years of backend development", "Experience with Python and PostgreSQL", "Fluent in English"],
        PreferredQualifications = ["Experience with Kubernetes"],
        Benefits = ["Competitive salary and equity", "Health, dental and vision insurance"],
        Culture = "We value clear writing and kind reviews.",
        EqualOpportunityStatement = "We are an equal opportunity employer.",
        HowToApply = "Send your resume.",
        Locations = [new JobLocation("San Francisco", "CA", "US")],
        WorkplaceType = WorkplaceType.Hybrid,
        Salary = new JobSalary(150_000m, 200_000m, "USD", SalaryPeriod.Year),
    };

    public static IReadOnlyList<LintFinding> Lint(JobForLint job) => PostingLinter.Lint(job, AsOf);

    public static IReadOnlyList<string> RuleIds(JobForLint job) => Lint(job).Select(finding => finding.RuleId).ToList();

    public static JobForLint At(this JobForLint job, string? city, string? region, string country) =>
        job with { Locations = [new JobLocation(city, region, country)] };
}
