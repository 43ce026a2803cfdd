using System.Text.Json.Serialization;

namespace OpenHire.Features.Jobs;

/// <summary>A job as clients write it: every section of a posting.</summary>
public record JobInput
{
    public string Title { get; init; } = "";
    public string? Department { get; init; }
    public string? Summary { get; init; }
    public List<string> Responsibilities { get; init; } = [];
    public List<string> RequiredQualifications { get; init; } = [];
    public List<string> PreferredQualifications { get; init; } = [];
    public List<string> Benefits { get; init; } = [];
    public List<TechStackGroupDto> TechStack { get; init; } = [];
    public string? Culture { get; init; }
    public string? EqualOpportunityStatement { get; init; }
    public List<JobLocationDto> Locations { get; init; } = [];
    public WorkplaceType WorkplaceType { get; init; }
    public int? InOfficeDaysPerWeek { get; init; }
    public EmploymentType EmploymentType { get; init; }
    public SalaryDto? Salary { get; init; }
    public int? MinYearsExperience { get; init; }
    public EducationDto? Education { get; init; }
    public List<string> RequiredSkills { get; init; } = [];
    public List<string> PreferredSkills { get; init; } = [];
    public HowToApplyDto? HowToApply { get; init; }
    public DateTimeOffset? ValidThrough { get; init; }

    /// <summary>
    /// The team member who manages this job (GET /api/v1/team). Only admins and recruiters set it;
    /// a hiring manager's own edits keep it as it is.
    /// </summary>
    public Guid? HiringManagerId { get; init; }
}

public sealed record TechStackGroupDto(string Category, List<string> Items);
public sealed record JobLocationDto(string? City, string? Region, string? Country);
public sealed record SalaryDto(decimal? Min, decimal? Max, string Currency, SalaryPeriod Period, string? Note);
public sealed record EducationDto(EducationLevel Level, bool OrEquivalentExperience);
public sealed record HowToApplyDto(string? Instructions, bool ResumeRequired, DocumentRequirement CoverLetter);

/// <summary>A job as the API returns it: its content, as written, plus its identity and lifecycle.</summary>
public sealed record JobResponse : JobInput
{
    public JobResponse(JobInput content) : base(content) { }

    [JsonConstructor]
    JobResponse() { }

    public Guid Id { get; init; }
    public JobStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>Copies between the entity and its contracts, in one place for API, UI and demo seeding.</summary>
public static class JobMapping
{
    public static void Apply(this Job job, JobInput input, DateTimeOffset now)
    {
        job.Title = input.Title.Trim();
        job.Department = Clean(input.Department);
        job.Summary = Clean(input.Summary);
        job.Responsibilities = CleanList(input.Responsibilities);
        job.RequiredQualifications = CleanList(input.RequiredQualifications);
        job.PreferredQualifications = CleanList(input.PreferredQualifications);
        job.Benefits = CleanList(input.Benefits);
        job.TechStack = input.TechStack
            .Select(g => new TechStackGroup { Category = g.Category.Trim(), Items = CleanList(g.Items) }).ToList();
        job.Culture = Clean(input.Culture);
        job.EqualOpportunityStatement = Clean(input.EqualOpportunityStatement);
        job.Locations = input.Locations.Select(l => new JobLocation
        {
            City = Clean(l.City),
            Region = Clean(l.Region),
            Country = Clean(l.Country)?.ToUpperInvariant(),
        }).ToList();
        job.WorkplaceType = input.WorkplaceType;
        job.InOfficeDaysPerWeek = input.WorkplaceType == WorkplaceType.Hybrid ? input.InOfficeDaysPerWeek : null;
        job.EmploymentType = input.EmploymentType;
        job.Salary = input.Salary is { } s
            ? new SalaryRange { Min = s.Min, Max = s.Max, Currency = s.Currency.Trim().ToUpperInvariant(), Period = s.Period, Note = Clean(s.Note) }
            : null;
        job.MinYearsExperience = input.MinYearsExperience;
        job.Education = input.Education is { } e ? new EducationRequirement { Level = e.Level, OrEquivalentExperience = e.OrEquivalentExperience } : null;
        job.RequiredSkills = CleanList(input.RequiredSkills).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        job.PreferredSkills = CleanList(input.PreferredSkills).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(p => !job.RequiredSkills.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
        var apply = input.HowToApply ?? new HowToApplyDto(null, true, DocumentRequirement.Optional);
        job.HowToApply = new HowToApply { Instructions = Clean(apply.Instructions), ResumeRequired = apply.ResumeRequired, CoverLetter = apply.CoverLetter };
        job.ValidThrough = input.ValidThrough;
        job.UpdatedAt = now;
    }

    public static JobInput ToInput(this Job job) => new()
    {
        Title = job.Title,
        Department = job.Department,
        Summary = job.Summary,
        Responsibilities = [.. job.Responsibilities],
        RequiredQualifications = [.. job.RequiredQualifications],
        PreferredQualifications = [.. job.PreferredQualifications],
        Benefits = [.. job.Benefits],
        TechStack = job.TechStack.Select(g => new TechStackGroupDto(g.Category, [.. g.Items])).ToList(),
        Culture = job.Culture,
        EqualOpportunityStatement = job.EqualOpportunityStatement,
        Locations = job.Locations.Select(l => new JobLocationDto(l.City, l.Region, l.Country)).ToList(),
        WorkplaceType = job.WorkplaceType,
        InOfficeDaysPerWeek = job.InOfficeDaysPerWeek,
        EmploymentType = job.EmploymentType,
        Salary = job.Salary is { } s ? new SalaryDto(s.Min, s.Max, s.Currency, s.Period, s.Note) : null,
        MinYearsExperience = job.MinYearsExperience,
        Education = job.Education is { } e ? new EducationDto(e.Level, e.OrEquivalentExperience) : null,
        RequiredSkills = [.. job.RequiredSkills],
        PreferredSkills = [.. job.PreferredSkills],
        HowToApply = new HowToApplyDto(job.HowToApply.Instructions, job.HowToApply.ResumeRequired, job.HowToApply.CoverLetter),
        ValidThrough = job.ValidThrough,
        HiringManagerId = job.HiringManagerId,
    };

    public static JobResponse ToResponse(this Job job) => new(job.ToInput())
    {
        Id = job.Id,
        Status = job.Status,
        CreatedAt = job.CreatedAt,
        UpdatedAt = job.UpdatedAt,
        PublishedAt = job.PublishedAt,
        ClosedAt = job.ClosedAt,
    };

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    static List<string> CleanList(IEnumerable<string>? items) =>
        items?.Select(i => i?.Trim()).Where(i => !string.IsNullOrEmpty(i)).Select(i => i!).ToList() ?? [];
}
