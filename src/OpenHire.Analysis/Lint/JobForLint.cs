using OpenHire.Analysis.Postings;

namespace OpenHire.Analysis.Lint;

/// <summary>
/// A job as the web app stores it, in the shape the linter checks. Lists hold one entry per bullet;
/// empty strings and lists mean "not given".
/// </summary>
public sealed record JobForLint
{
    /// <summary>The job title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The role in brief (and anything about the company).</summary>
    public string Summary { get; init; } = "";

    /// <summary>What the person will do.</summary>
    public IReadOnlyList<string> Responsibilities { get; init; } = [];

    /// <summary>Must-have qualifications.</summary>
    public IReadOnlyList<string> RequiredQualifications { get; init; } = [];

    /// <summary>Nice-to-have qualifications.</summary>
    public IReadOnlyList<string> PreferredQualifications { get; init; } = [];

    /// <summary>Benefits and perks.</summary>
    public IReadOnlyList<string> Benefits { get; init; } = [];

    /// <summary>Culture and values.</summary>
    public string Culture { get; init; } = "";

    /// <summary>The equal-opportunity statement.</summary>
    public string EqualOpportunityStatement { get; init; } = "";

    /// <summary>How to apply.</summary>
    public string HowToApply { get; init; } = "";

    /// <summary>Where the work is. For a remote job, the places it is open to (a country alone means the whole country).</summary>
    public IReadOnlyList<JobLocation> Locations { get; init; } = [];

    /// <summary>On-site, hybrid or remote; null when not stated.</summary>
    public WorkplaceType? WorkplaceType { get; init; }

    /// <summary>The advertised pay; null when none is given.</summary>
    public JobSalary? Salary { get; init; }

    /// <summary>The employer's headcount, when known; pay-transparency laws only apply above a size.</summary>
    public int? EmployerHeadcount { get; init; }
}

/// <summary>A place of work. <paramref name="Region"/> is a US state or Canadian province code ("CA", "ON"); <paramref name="Country"/> is ISO 3166 alpha-2.</summary>
public sealed record JobLocation(string? City, string? Region, string? Country);

/// <summary>Advertised pay. <paramref name="Min"/> is null for "up to X", <paramref name="Max"/> for "X+"; <paramref name="Currency"/> is ISO 4217.</summary>
public sealed record JobSalary(decimal? Min, decimal? Max, string Currency, SalaryPeriod Period);
