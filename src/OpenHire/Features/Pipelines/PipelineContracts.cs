namespace OpenHire.Features.Pipelines;

public sealed record StageRef(Guid Id, string Name);
public sealed record ReasonRef(Guid Id, string Text);

/// <summary>Where an application stands in its job's pipeline.</summary>
public sealed record ApplicationStageState(
    Guid ApplicationId, Guid JobId, StageRef Stage, DateTimeOffset StageEnteredAt, ApplicationOutcome? Outcome, ReasonRef? OutcomeReason, DateTimeOffset? OutcomeAt);

/// <summary>Move to a stage; with <see cref="ExpectedStageId"/>, only if the application is still where the client saw it.</summary>
public sealed record MoveRequest(Guid? ToStageId, Guid? ExpectedStageId = null, string? Reason = null);

/// <summary>Reject (a reason is required) or withdraw (a reason is optional).</summary>
public sealed record OutcomeRequest(Guid? ReasonId, string? Note = null, Guid? ExpectedStageId = null);

/// <summary>Bring a rejected or withdrawn application back, into its last stage unless another is given.</summary>
public sealed record ReopenRequest(Guid? ToStageId = null, string? Note = null);

public sealed record BulkMoveRequest(List<Guid>? ApplicationIds, Guid? ToStageId, string? Reason = null);
public sealed record BulkRejectRequest(List<Guid>? ApplicationIds, Guid? ReasonId, string? Note = null);

/// <summary>What a bulk action changed, and what it left alone and why (already there, already rejected).</summary>
public sealed record BulkResult(IReadOnlyList<Guid> Changed, IReadOnlyList<BulkSkip> Skipped);
public sealed record BulkSkip(Guid ApplicationId, string Reason);

/// <summary>One entry of an application's timeline, newest first.</summary>
public sealed record TimelineEntry(
    Guid Id, ApplicationEventKind Kind, DateTimeOffset At, string? Actor, StageRef? From, StageRef? To, ReasonRef? Reason, string? Note, Guid? SubjectId = null);
