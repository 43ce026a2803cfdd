using System.Globalization;

namespace OpenHire.Features.Jobs.Pages;

/// <summary>
/// The job editor's fields as a person types them: lists one item per line, the tech stack as
/// "Category: item, item" lines, locations as "City, Region, Country" lines.
/// </summary>
public sealed class JobForm
{
    public string Title { get; set; } = "";
    public Guid? HiringManagerId { get; set; }
    public string? Department { get; set; }
    public string? Summary { get; set; }
    public string? Responsibilities { get; set; }
    public string? RequiredQualifications { get; set; }
    public string? PreferredQualifications { get; set; }
    public string? Benefits { get; set; }
    public string? TechStack { get; set; }
    public string? Culture { get; set; }
    public string? EqualOpportunityStatement { get; set; }
    public string? Locations { get; set; }
    public WorkplaceType WorkplaceType { get; set; }
    public int? InOfficeDaysPerWeek { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public decimal? SalaryMin { get; set; }
    public decimal? SalaryMax { get; set; }
    public string? SalaryCurrency { get; set; } = "USD";
    public SalaryPeriod SalaryPeriod { get; set; } = SalaryPeriod.Year;
    public string? SalaryNote { get; set; }
    public int? MinYearsExperience { get; set; }

    /// <summary>Null when no degree is required.</summary>
    public EducationLevel? EducationLevel { get; set; }
    public bool OrEquivalentExperience { get; set; }
    public string? RequiredSkills { get; set; }
    public string? PreferredSkills { get; set; }
    public string? ApplyInstructions { get; set; }
    public bool ResumeRequired { get; set; } = true;
    public DocumentRequirement CoverLetter { get; set; } = DocumentRequirement.Optional;
    public DateTime? ValidThrough { get; set; }

    public static JobForm From(JobInput job) => new()
    {
        Title = job.Title,
        Department = job.Department,
        Summary = job.Summary,
        Responsibilities = Lines(job.Responsibilities),
        RequiredQualifications = Lines(job.RequiredQualifications),
        PreferredQualifications = Lines(job.PreferredQualifications),
        Benefits = Lines(job.Benefits),
        TechStack = Lines(job.TechStack.Select(g => $"{g.Category}: {string.Join(", ", g.Items)}")),
        Culture = job.Culture,
        EqualOpportunityStatement = job.EqualOpportunityStatement,
        Locations = Lines(job.Locations.Select(l => string.Join(", ", new[] { l.City, l.Region, l.Country }.Where(p => p is not null)))),
        WorkplaceType = job.WorkplaceType,
        InOfficeDaysPerWeek = job.InOfficeDaysPerWeek,
        EmploymentType = job.EmploymentType,
        SalaryMin = job.Salary?.Min,
        SalaryMax = job.Salary?.Max,
        SalaryCurrency = job.Salary?.Currency ?? "USD",
        SalaryPeriod = job.Salary?.Period ?? SalaryPeriod.Year,
        SalaryNote = job.Salary?.Note,
        MinYearsExperience = job.MinYearsExperience,
        EducationLevel = job.Education?.Level,
        OrEquivalentExperience = job.Education?.OrEquivalentExperience ?? false,
        RequiredSkills = string.Join(", ", job.RequiredSkills),
        PreferredSkills = string.Join(", ", job.PreferredSkills),
        ApplyInstructions = job.HowToApply?.Instructions,
        ResumeRequired = job.HowToApply?.ResumeRequired ?? true,
        CoverLetter = job.HowToApply?.CoverLetter ?? DocumentRequirement.Optional,
        ValidThrough = job.ValidThrough?.UtcDateTime.Date,
        HiringManagerId = job.HiringManagerId,
    };

    public JobInput ToInput() => new()
    {
        Title = Title,
        Department = Department,
        Summary = Summary,
        Responsibilities = Split(Responsibilities),
        RequiredQualifications = Split(RequiredQualifications),
        PreferredQualifications = Split(PreferredQualifications),
        Benefits = Split(Benefits),
        TechStack = Split(TechStack).Select(ParseGroup).ToList(),
        Culture = Culture,
        EqualOpportunityStatement = EqualOpportunityStatement,
        Locations = Split(Locations).Select(ParseLocation).ToList(),
        WorkplaceType = WorkplaceType,
        InOfficeDaysPerWeek = WorkplaceType == WorkplaceType.Hybrid ? InOfficeDaysPerWeek : null,
        EmploymentType = EmploymentType,
        Salary = SalaryMin is null && SalaryMax is null ? null : new SalaryDto(SalaryMin, SalaryMax, SalaryCurrency ?? "", SalaryPeriod, SalaryNote),
        MinYearsExperience = MinYearsExperience,
        Education = EducationLevel is { } level ? new EducationDto(level, OrEquivalentExperience) : null,
        RequiredSkills = SplitCommas(RequiredSkills),
        PreferredSkills = SplitCommas(PreferredSkills),
        HowToApply = new HowToApplyDto(ApplyInstructions, ResumeRequired, CoverLetter),
        // A date picked in the form means "through the end of that day", in UTC.
        ValidThrough = ValidThrough is { } day ? new DateTimeOffset(day.Date.AddDays(1).AddTicks(-1), TimeSpan.Zero) : null,
        HiringManagerId = HiringManagerId,
    };

    static string Lines(IEnumerable<string> items) => string.Join("\n", items);

    static List<string> Split(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.TrimStart('•', '-', '*', ' ')).Where(l => l.Length > 0).ToList();

    static List<string> SplitCommas(string? text) =>
        (text ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    static TechStackGroupDto ParseGroup(string line)
    {
        var colon = line.IndexOf(':');
        var (category, items) = colon < 0 ? ("Tools", line) : (line[..colon].Trim(), line[(colon + 1)..]);
        return new(category, SplitCommas(items));
    }

    static JobLocationDto ParseLocation(string line)
    {
        var parts = line.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            1 => new(null, null, parts[0]),
            2 => new(parts[0], null, parts[1]),
            _ => new(parts[0], string.Join(", ", parts[1..^1]), parts[^1]),
        };
    }

    /// <summary>Maps a validator key such as "locations[0].country" to the editor field that holds it.</summary>
    public static string FieldOf(string key)
    {
        var head = key.Split('[', '.')[0];
        return head switch
        {
            "salary" => key.Contains(".currency", StringComparison.Ordinal) ? "salary_currency" : "salary",
            "how_to_apply" => "apply_instructions",
            _ => head,
        };
    }

    public static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
