using OpenHire.Analysis.Lint;

namespace OpenHire.Features.Jobs;

/// <summary>Lints a stored job with the analysis library's posting linter.</summary>
public static class JobLint
{
    public static IReadOnlyList<LintFinding> Check(Job job, DateTimeOffset now) => PostingLinter.Lint(ForLint(job.ToInput()), DateOnly.FromDateTime(now.UtcDateTime));

    public static IReadOnlyList<LintFinding> Check(JobInput job, DateTimeOffset now) => PostingLinter.Lint(ForLint(job), DateOnly.FromDateTime(now.UtcDateTime));

    static JobForLint ForLint(JobInput job) => new()
    {
        Title = job.Title,
        Summary = job.Summary ?? "",
        Responsibilities = job.Responsibilities,
        RequiredQualifications = job.RequiredQualifications,
        PreferredQualifications = job.PreferredQualifications,
        Benefits = job.Benefits,
        Culture = job.Culture ?? "",
        EqualOpportunityStatement = job.EqualOpportunityStatement ?? "",
        HowToApply = job.HowToApply?.Instructions ?? "",
        Locations = job.Locations.Select(l => new OpenHire.Analysis.Lint.JobLocation(l.City, l.Region, l.Country)).ToList(),
        WorkplaceType = job.WorkplaceType,
        Salary = job.Salary is { } s ? new JobSalary(s.Min, s.Max, s.Currency, s.Period) : null,
    };
}
