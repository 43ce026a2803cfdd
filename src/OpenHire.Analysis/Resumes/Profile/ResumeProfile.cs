namespace OpenHire.Analysis.Resumes.Profile;

/// <summary>
/// What a resume says about its author, in the shape of JSON Resume (basics, work, education,
/// skills, languages, certificates) plus derived facts: years per skill and in total.
/// </summary>
public sealed record ResumeProfile
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public PhoneNumberValue? Phone { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<string> Links { get; init; } = [];
    public IReadOnlyList<WorkEntry> Work { get; init; } = [];
    public IReadOnlyList<EducationEntry> Education { get; init; } = [];
    public IReadOnlyList<SkillEntry> Skills { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Certifications { get; init; } = [];

    /// <summary>Months of work history with overlapping jobs counted once, in years.</summary>
    public double TotalYearsOfExperience { get; init; }

    /// <summary>Things a reviewer should know, such as keyword stuffing or hidden text.</summary>
    public IReadOnlyList<ProfileFlag> Flags { get; init; } = [];
}

/// <summary>A phone number as written and, where it parses, in E.164 form ("+15551234567").</summary>
public sealed record PhoneNumberValue(string AsWritten, string? E164);

public sealed record WorkEntry(string? Company, string? Title, PartialDate? Start, PartialDate? End, bool IsCurrent)
{
    /// <summary>The lines describing the job, used to date the skills it mentions.</summary>
    public string Description { get; init; } = "";
}

public sealed record EducationEntry(string? Institution, string? Degree, string? Field, PartialDate? End, bool IsOngoing)
{
    public DegreeLevel Level { get; init; } = DegreeLevel.Unknown;
}

/// <summary>Highest completed degree levels, ordered so that comparisons mean "at least".</summary>
public enum DegreeLevel
{
    Unknown = 0,
    HighSchool = 1,
    Associate = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}

/// <summary>A skill with how often it is mentioned (capped) and the years of work that mention it.</summary>
public sealed record SkillEntry(string Name, int Mentions, double Years);

public enum ProfileFlagKind
{
    KeywordStuffing,
    HiddenText,
    TruncatedDocument,
}

public sealed record ProfileFlag(ProfileFlagKind Kind, string Message);
