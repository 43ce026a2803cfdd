namespace OpenHire.Features.Pipelines;

/// <summary>
/// One column of a job's pipeline. Stages are never deleted while their job exists: a removed stage
/// keeps its row (with <see cref="RemovedAt"/>) so the moves into and out of it keep their names.
/// </summary>
public sealed class PipelineStage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid JobId { get; init; }
    public string Name { get; set; } = "";

    /// <summary>Order on the board, from 0; the first stage is where new applications start.</summary>
    public int Position { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }
}

/// <summary>A named list of stages an organization starts jobs from; the default one is copied into each new job.</summary>
public sealed class PipelineTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public string Name { get; set; } = "";
    public List<string> Stages { get; set; } = [];
    public bool IsDefault { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Why an application ended without a hire. Archived, never deleted, so past outcomes keep their reason.</summary>
public sealed class RejectionReason
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }

    /// <summary>Whether the reason is ours (rejected) or the candidate's (withdrawn).</summary>
    public ApplicationOutcome Kind { get; set; }

    public string Text { get; set; } = "";
    public DateTimeOffset? ArchivedAt { get; set; }
}

/// <summary>How an application ended before a hire; null on an application still in the pipeline.</summary>
public enum ApplicationOutcome
{
    /// <summary>The hiring team said no.</summary>
    Rejected,

    /// <summary>The candidate stepped back.</summary>
    Withdrawn,
}
