namespace OpenHire.Infrastructure.Messaging;

/// <summary>
/// Every event OpenHire publishes (docs/events.md is the catalog). The version is the last part of
/// the type: a change that could break a consumer gets a new type (<c>.v2</c>), published beside
/// the old one for a while, so bindings on <c>.v1</c> keep working.
/// </summary>
public static class EventCatalog
{
    const string Prefix = "org.openhire.";

    public const string ApplicationSubmitted = Prefix + "application.submitted.v1";
    public const string ApplicationStageChanged = Prefix + "application.stage_changed.v1";
    public const string ApplicationRejected = Prefix + "application.rejected.v1";
    public const string ApplicationWithdrawn = Prefix + "application.withdrawn.v1";
    public const string ApplicationReopened = Prefix + "application.reopened.v1";
    public const string CandidateHired = Prefix + "candidate.hired.v1";
    public const string JobPublished = Prefix + "job.published.v1";
    public const string JobUnpublished = Prefix + "job.unpublished.v1";
    public const string JobClosed = Prefix + "job.closed.v1";
    public const string ResumeParsed = Prefix + "resume.parsed.v1";
    public const string ResumeFailed = Prefix + "resume.failed.v1";

    public static readonly IReadOnlyList<string> All =
    [
        ApplicationSubmitted, ApplicationStageChanged, ApplicationRejected, ApplicationWithdrawn, ApplicationReopened,
        CandidateHired, JobPublished, JobUnpublished, JobClosed, ResumeParsed, ResumeFailed,
    ];
}

// The data of each event: ids, stage and job names, times. No names, emails or notes of people.
public sealed record ApplicationSubmittedData(Guid ApplicationId, Guid JobId, Guid CandidateId, Guid StageId, string Source, DateTimeOffset SubmittedAt);

public sealed record StageRefData(Guid Id, string Name);

public sealed record ApplicationStageChangedData(
    Guid ApplicationId, Guid JobId, Guid CandidateId, StageRefData? FromStage, StageRefData ToStage, Guid? ActorUserId, DateTimeOffset ChangedAt);

public sealed record ApplicationEndedData(Guid ApplicationId, Guid JobId, Guid CandidateId, StageRefData? Stage, Guid? ReasonId, Guid? ActorUserId, DateTimeOffset EndedAt);

public sealed record CandidateHiredData(Guid CandidateId, Guid ApplicationId, Guid JobId, StageRefData Stage, DateTimeOffset HiredAt);

public sealed record JobChangedData(Guid JobId, string Title, string Status, DateTimeOffset ChangedAt);

public sealed record ResumeReadData(Guid ApplicationId, Guid JobId, Guid CandidateId, string Status, int? FitScore, DateTimeOffset ReadAt);
