namespace OpenHire.Features.Jobs;

/// <summary>A job posting with every section a real posting has, owned by one organization.</summary>
public sealed class Job
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }

    public string Title { get; set; } = "";

    /// <summary>The team member who owns this job's hiring decisions; a hiring manager sees only their own jobs.</summary>
    public Guid? HiringManagerId { get; set; }
    public string? Department { get; set; }
    public string? Summary { get; set; }
    public List<string> Responsibilities { get; set; } = [];
    public List<string> RequiredQualifications { get; set; } = [];
    public List<string> PreferredQualifications { get; set; } = [];
    public List<string> Benefits { get; set; } = [];
    public List<TechStackGroup> TechStack { get; set; } = [];
    public string? Culture { get; set; }
    public string? EqualOpportunityStatement { get; set; }
    public List<JobLocation> Locations { get; set; } = [];
    public WorkplaceType WorkplaceType { get; set; }
    public int? InOfficeDaysPerWeek { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public SalaryRange? Salary { get; set; }
    public int? MinYearsExperience { get; set; }
    public EducationRequirement? Education { get; set; }

    /// <summary>Canonical skill names (the taxonomy's spelling), as fit scoring compares them.</summary>
    public List<string> RequiredSkills { get; set; } = [];
    public List<string> PreferredSkills { get; set; } = [];
    public HowToApply HowToApply { get; set; } = new();
    public DateTimeOffset? ValidThrough { get; set; }

    public JobStatus Status { get; private set; } = JobStatus.Draft;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>True when candidates can see and apply to the job at <paramref name="now"/>.</summary>
    public bool IsOpen(DateTimeOffset now) =>
        Status == JobStatus.Published && (ValidThrough is null || ValidThrough > now);

    public void Publish(DateTimeOffset now)
    {
        if (Status == JobStatus.Closed)
            throw new JobStateException("A closed job cannot be published again; copy it into a new job instead.");
        Status = JobStatus.Published;
        PublishedAt ??= now;
        UpdatedAt = now;
    }

    public void Unpublish(DateTimeOffset now)
    {
        if (Status != JobStatus.Published)
            throw new JobStateException($"Only a published job can be unpublished; this one is {Status.ToString().ToLowerInvariant()}.");
        Status = JobStatus.Draft;
        UpdatedAt = now;
    }

    public void Close(DateTimeOffset now)
    {
        if (Status == JobStatus.Closed)
            throw new JobStateException("The job is already closed.");
        Status = JobStatus.Closed;
        ClosedAt = now;
        UpdatedAt = now;
    }
}

/// <summary>Tech stack items under one heading, e.g. "Databases: PostgreSQL, Redis".</summary>
public sealed class TechStackGroup
{
    public string Category { get; set; } = "";
    public List<string> Items { get; set; } = [];
}

/// <summary>A place the job can be done from; country is ISO 3166-1 alpha-2.</summary>
public sealed class JobLocation
{
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? Country { get; set; }
}

/// <summary>Pay range as the posting states it; Note keeps free text such as "DOE".</summary>
public sealed class SalaryRange
{
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public string Currency { get; set; } = "USD";
    public SalaryPeriod Period { get; set; } = SalaryPeriod.Year;
    public string? Note { get; set; }
}

/// <summary>The lowest degree the job requires, and whether equivalent experience stands in for it.</summary>
public sealed class EducationRequirement
{
    public EducationLevel Level { get; set; }
    public bool OrEquivalentExperience { get; set; }
}

/// <summary>What a candidate must send and any instructions for doing so.</summary>
public sealed class HowToApply
{
    public string? Instructions { get; set; }
    public bool ResumeRequired { get; set; } = true;
    public DocumentRequirement CoverLetter { get; set; } = DocumentRequirement.Optional;
}

public enum JobStatus { Draft, Published, Closed }
public enum DocumentRequirement { NotAsked, Optional, Required }

/// <summary>A publish/unpublish/close that the job's current state does not allow.</summary>
public sealed class JobStateException(string message) : Exception(message);
