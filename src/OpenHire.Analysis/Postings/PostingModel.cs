using OpenHire.Analysis.Skills;

namespace OpenHire.Analysis.Postings;

/// <summary>A work location. Region only when stated (US states as two letters); country as ISO 3166 alpha-2.</summary>
public sealed record PostingLocation(string? City, string? Region, string? Country);

/// <summary>
/// Pay as stated. <see cref="Min"/> is null for "up to X", <see cref="Max"/> for "X+"; a single figure gives both.
/// <see cref="Currency"/> is ISO 4217; <see cref="Note"/> keeps qualifiers such as "DOE".
/// </summary>
public sealed record SalaryRange(decimal? Min, decimal? Max, string Currency, SalaryPeriod Period, string? Note);

/// <summary>The lowest required degree and whether equivalent experience may stand in for it.</summary>
public sealed record EducationRequirement(EducationLevel Level, bool OrEquivalentExperience);

/// <summary>A part of the posting under one heading; items are its list entries (or lines, in plain text without bullets).</summary>
public sealed record PostingSection(SectionKind Kind, string? Heading, int Start, int Length, IReadOnlyList<PostingField<string>> Items);

/// <summary>Technologies the team uses under one label ("Databases: PostgreSQL, Redis").</summary>
public sealed record TechStackGroup(string Category, IReadOnlyList<Skill> Skills);

/// <summary>A job posting as read from its text. Each field is null when the posting does not say.</summary>
public sealed record Posting
{
    /// <summary>The job title, without location suffixes.</summary>
    public PostingField<string>? Title { get; init; }

    /// <summary>The employer, when the text names it.</summary>
    public PostingField<string>? Company { get; init; }

    /// <summary>The parts of the posting, in order.</summary>
    public IReadOnlyList<PostingSection> Sections { get; init; } = [];

    /// <summary>Where the work is; country-only entries for remote roles limited to some countries.</summary>
    public IReadOnlyList<PostingField<PostingLocation>> Locations { get; init; } = [];

    /// <summary>On-site, hybrid or remote, when stated.</summary>
    public PostingField<WorkplaceType>? WorkplaceType { get; init; }

    /// <summary>Days a week in the office, when a number is stated (the lower bound of a range).</summary>
    public PostingField<int>? InOfficeDaysPerWeek { get; init; }

    /// <summary>Full-time, part-time, contract, temporary or internship.</summary>
    public PostingField<EmploymentType>? EmploymentType { get; init; }

    /// <summary>The stated pay.</summary>
    public PostingField<SalaryRange>? Salary { get; init; }

    /// <summary>The largest minimum among the required experience statements.</summary>
    public PostingField<int>? MinYearsExperience { get; init; }

    /// <summary>The lowest required degree; null when degrees are only preferred or not mentioned.</summary>
    public PostingField<EducationRequirement>? Education { get; init; }

    /// <summary>Skills stated as required, canonical and in order of first mention.</summary>
    public IReadOnlyList<PostingField<Skill>> RequiredSkills { get; init; } = [];

    /// <summary>Skills stated as preferred or "a plus", not repeating required ones.</summary>
    public IReadOnlyList<PostingField<Skill>> PreferredSkills { get; init; } = [];

    /// <summary>The team's technologies, grouped by the posting's own labels or by taxonomy category.</summary>
    public IReadOnlyList<TechStackGroup> TechStack { get; init; } = [];

    /// <summary>Number of items in the responsibilities sections.</summary>
    public int ResponsibilitiesCount { get; init; }

    /// <summary>Number of items in the benefits sections.</summary>
    public int BenefitsCount { get; init; }

    /// <summary>The first section of <paramref name="kind"/>, if any.</summary>
    public PostingSection? Section(SectionKind kind) => Sections.FirstOrDefault(section => section.Kind == kind);
}

/// <summary>The outcome of reading a posting: the posting, the text its spans index into, and how the read went.</summary>
public sealed record PostingReadResult(PostingReadStatus Status, PostingFormat Format, string Text, Posting Posting, IReadOnlyList<string> Warnings)
{
    /// <summary>How sure the reader is overall: the share of the core fields it found, weighted by their confidence.</summary>
    public double Confidence { get; init; }
}
