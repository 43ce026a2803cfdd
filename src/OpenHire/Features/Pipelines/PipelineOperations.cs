using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using OpenHire.Data;
using OpenHire.Features.Applications;

namespace OpenHire.Features.Pipelines;

/// <summary>
/// Moving applications through a pipeline, one or many, and ending or reopening them: the one
/// implementation behind the API and the workspace. Every change is a conditional update on the
/// stage and outcome that were read, so a move based on stale state changes nothing (409), and
/// each change writes its timeline event in the same transaction.
/// </summary>
public static class PipelineOperations
{
    /// <summary>An application as a change sees it before making it.</summary>
    sealed record Current(Guid Id, Guid OrganizationId, Guid JobId, Guid StageId, ApplicationOutcome? Outcome);

    public static async Task<PipelineResult<ApplicationStageState>> MoveAsync(
        AppDbContext db, Guid orgId, Guid applicationId, MoveRequest request, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (request.ToStageId is not { } to) return PipelineResult<ApplicationStageState>.Invalid("to_stage_id", "Say which stage to move the application to.");
        if (NoteProblem("reason", request.Reason) is { } tooLong) return tooLong.As<ApplicationStageState>();
        var current = await CurrentAsync(db, orgId, applicationId, ct);
        if (current is null) return ApplicationNotFound(applicationId);
        var target = await PipelineStages.FindActiveAsync(db, current.JobId, to, ct);
        if (target is null) return PipelineResult<ApplicationStageState>.NotFound($"No stage {to} in the pipeline of this application's job.");
        if (request.ExpectedStageId is { } expected && expected != current.StageId) return await StaleAsync(db, current, ct);
        if (current.Outcome is { } outcome)
            return PipelineResult<ApplicationStageState>.Conflict($"The application was {Word(outcome)}; reopen it before moving it.");
        if (target.Id != current.StageId)
        {
            var changed = await CommitAsync(db, [current],
                s => s.SetProperty(a => a.StageId, target.Id).SetProperty(a => a.StageEnteredAt, now),
                a => Event(a, ApplicationEventKind.Moved, actor, now, to: target.Id, note: Clean(request.Reason)), ct);
            if (!changed) return await StaleAsync(db, (await CurrentAsync(db, orgId, applicationId, ct))!, ct);
        }
        return PipelineResult<ApplicationStageState>.Ok((await StateAsync(db, orgId, applicationId, ct))!);
    }

    public static Task<PipelineResult<ApplicationStageState>> RejectAsync(
        AppDbContext db, Guid orgId, Guid applicationId, OutcomeRequest request, Actor actor, DateTimeOffset now, CancellationToken ct) =>
        EndAsync(db, orgId, applicationId, ApplicationOutcome.Rejected, request, actor, now, ct);

    public static Task<PipelineResult<ApplicationStageState>> WithdrawAsync(
        AppDbContext db, Guid orgId, Guid applicationId, OutcomeRequest request, Actor actor, DateTimeOffset now, CancellationToken ct) =>
        EndAsync(db, orgId, applicationId, ApplicationOutcome.Withdrawn, request, actor, now, ct);

    static async Task<PipelineResult<ApplicationStageState>> EndAsync(
        AppDbContext db, Guid orgId, Guid applicationId, ApplicationOutcome outcome, OutcomeRequest request, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (NoteProblem("note", request.Note) is { } tooLong) return tooLong.As<ApplicationStageState>();
        var current = await CurrentAsync(db, orgId, applicationId, ct);
        if (current is null) return ApplicationNotFound(applicationId);
        var reason = await ReasonProblemAsync(db, orgId, outcome, request.ReasonId, ct);
        if (reason is not null) return reason.As<ApplicationStageState>();
        if (request.ExpectedStageId is { } expected && expected != current.StageId) return await StaleAsync(db, current, ct);
        if (current.Outcome is { } already)
            return PipelineResult<ApplicationStageState>.Conflict($"The application was already {Word(already)}.");
        var changed = await CommitAsync(db, [current], End(outcome, request.ReasonId, now),
            a => Event(a, outcome == ApplicationOutcome.Rejected ? ApplicationEventKind.Rejected : ApplicationEventKind.Withdrawn,
                actor, now, reason: request.ReasonId, note: Clean(request.Note)), ct);
        if (!changed) return await StaleAsync(db, (await CurrentAsync(db, orgId, applicationId, ct))!, ct);
        return PipelineResult<ApplicationStageState>.Ok((await StateAsync(db, orgId, applicationId, ct))!);
    }

    public static async Task<PipelineResult<ApplicationStageState>> ReopenAsync(
        AppDbContext db, Guid orgId, Guid applicationId, ReopenRequest request, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (NoteProblem("note", request.Note) is { } tooLong) return tooLong.As<ApplicationStageState>();
        var current = await CurrentAsync(db, orgId, applicationId, ct);
        if (current is null) return ApplicationNotFound(applicationId);
        if (current.Outcome is null) return PipelineResult<ApplicationStageState>.Conflict("The application is in the pipeline already.");
        var target = request.ToStageId is { } to
            ? await PipelineStages.FindActiveAsync(db, current.JobId, to, ct)
            // Back where it left off, unless that stage has been removed since.
            : await PipelineStages.FindActiveAsync(db, current.JobId, current.StageId, ct) ?? await PipelineStages.EntryAsync(db, current.JobId, ct);
        if (target is null) return PipelineResult<ApplicationStageState>.NotFound($"No stage {request.ToStageId} in the pipeline of this application's job.");
        var changed = await CommitAsync(db, [current],
            s => s.SetProperty(a => a.Outcome, (ApplicationOutcome?)null).SetProperty(a => a.OutcomeReasonId, (Guid?)null)
                .SetProperty(a => a.OutcomeAt, (DateTimeOffset?)null).SetProperty(a => a.StageId, target.Id).SetProperty(a => a.StageEnteredAt, now),
            a => Event(a, ApplicationEventKind.Reopened, actor, now, to: target.Id, note: Clean(request.Note)), ct);
        if (!changed) return await StaleAsync(db, (await CurrentAsync(db, orgId, applicationId, ct))!, ct);
        return PipelineResult<ApplicationStageState>.Ok((await StateAsync(db, orgId, applicationId, ct))!);
    }

    /// <summary>Moves many applications of one job; those already there, rejected or withdrawn are skipped and said so.</summary>
    public static async Task<PipelineResult<BulkResult>> BulkMoveAsync(
        AppDbContext db, Guid orgId, Guid jobId, BulkMoveRequest request, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (request.ToStageId is not { } to) return PipelineResult<BulkResult>.Invalid("to_stage_id", "Say which stage to move the applications to.");
        if (NoteProblem("reason", request.Reason) is { } tooLong) return tooLong.As<BulkResult>();
        var (rows, problem) = await BulkRowsAsync(db, orgId, jobId, request.ApplicationIds, ct);
        if (problem is not null) return problem;
        var target = await PipelineStages.FindActiveAsync(db, jobId, to, ct);
        if (target is null) return PipelineResult<BulkResult>.NotFound($"No stage {to} in the pipeline of job {jobId}.");
        var skipped = rows!.Where(r => r.Outcome is not null || r.StageId == target.Id)
            .Select(r => new BulkSkip(r.Id, r.Outcome is { } o ? Word(o) : $"already in {target.Name}")).ToList();
        var moving = rows!.Where(r => r.Outcome is null && r.StageId != target.Id).ToList();
        var changed = await CommitAsync(db, moving,
            s => s.SetProperty(a => a.StageId, target.Id).SetProperty(a => a.StageEnteredAt, now),
            a => Event(a, ApplicationEventKind.Moved, actor, now, to: target.Id, note: Clean(request.Reason)), ct);
        return changed ? PipelineResult<BulkResult>.Ok(new([.. moving.Select(r => r.Id)], skipped)) : BulkConflict;
    }

    /// <summary>Rejects many applications of one job with one reason; those already ended are skipped.</summary>
    public static async Task<PipelineResult<BulkResult>> BulkRejectAsync(
        AppDbContext db, Guid orgId, Guid jobId, BulkRejectRequest request, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (NoteProblem("note", request.Note) is { } tooLong) return tooLong.As<BulkResult>();
        var (rows, problem) = await BulkRowsAsync(db, orgId, jobId, request.ApplicationIds, ct);
        if (problem is not null) return problem;
        var reason = await ReasonProblemAsync(db, orgId, ApplicationOutcome.Rejected, request.ReasonId, ct);
        if (reason is not null) return reason.As<BulkResult>();
        var skipped = rows!.Where(r => r.Outcome is not null).Select(r => new BulkSkip(r.Id, Word(r.Outcome!.Value))).ToList();
        var rejecting = rows!.Where(r => r.Outcome is null).ToList();
        var changed = await CommitAsync(db, rejecting, End(ApplicationOutcome.Rejected, request.ReasonId, now),
            a => Event(a, ApplicationEventKind.Rejected, actor, now, reason: request.ReasonId, note: Clean(request.Note)), ct);
        return changed ? PipelineResult<BulkResult>.Ok(new([.. rejecting.Select(r => r.Id)], skipped)) : BulkConflict;
    }

    /// <summary>Where the application is now, with its stage's and outcome reason's names.</summary>
    public static Task<ApplicationStageState?> StateAsync(AppDbContext db, Guid orgId, Guid applicationId, CancellationToken ct) =>
        (from a in db.Applications.AsNoTracking()
         where a.Id == applicationId && a.OrganizationId == orgId
         join s in db.PipelineStages on a.StageId equals s.Id
         from r in db.RejectionReasons.Where(r => r.Id == a.OutcomeReasonId).DefaultIfEmpty()
         select new ApplicationStageState(a.Id, a.JobId, new StageRef(s.Id, s.Name), a.StageEnteredAt, a.Outcome,
             r == null ? null : new ReasonRef(r.Id, r.Text), a.OutcomeAt)).SingleOrDefaultAsync(ct);

    /// <summary>
    /// Moves the active applications of removed stages, inside the caller's transaction; false when
    /// one of them changed meanwhile. Used when a stage is removed with a stage to move its cards to.
    /// </summary>
    internal static async Task<bool> MoveOutOfAsync(
        AppDbContext db, Guid jobId, Guid fromStageId, PipelineStage target, string removedName, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.Applications.AsNoTracking().Where(a => a.JobId == jobId && a.StageId == fromStageId && a.Outcome == null)
            .Select(a => new Current(a.Id, a.OrganizationId, a.JobId, a.StageId, a.Outcome)).ToListAsync(ct);
        return await ChangeAsync(db, rows,
            s => s.SetProperty(a => a.StageId, target.Id).SetProperty(a => a.StageEnteredAt, now),
            a => Event(a, ApplicationEventKind.Moved, actor, now, to: target.Id, note: $"The stage \"{removedName}\" was removed."), ct);
    }

    /// <summary>Changes the rows and records their events in one transaction; false (and nothing changed) when any row moved meanwhile.</summary>
    static async Task<bool> CommitAsync(
        AppDbContext db, IReadOnlyList<Current> rows, Action<UpdateSettersBuilder<Application>> set, Func<Current, ApplicationEvent> toEvent, CancellationToken ct)
    {
        if (rows.Count == 0) return true;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await ChangeAsync(db, rows, set, toEvent, ct)) return false;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    static async Task<bool> ChangeAsync(
        AppDbContext db, IReadOnlyList<Current> rows, Action<UpdateSettersBuilder<Application>> set, Func<Current, ApplicationEvent> toEvent, CancellationToken ct)
    {
        // Each update matches only rows still in the stage and state that were read.
        foreach (var group in rows.GroupBy(r => (r.StageId, Ended: r.Outcome is not null)))
        {
            var ids = group.Select(r => r.Id).ToList();
            var query = db.Applications.Where(a => ids.Contains(a.Id) && a.StageId == group.Key.StageId);
            query = group.Key.Ended ? query.Where(a => a.Outcome != null) : query.Where(a => a.Outcome == null);
            if (await query.ExecuteUpdateAsync(set, ct) != ids.Count) return false;
        }
        db.ApplicationEvents.AddRange(rows.Select(toEvent));
        return true;
    }

    static Action<UpdateSettersBuilder<Application>> End(ApplicationOutcome outcome, Guid? reasonId, DateTimeOffset now) =>
        s => s.SetProperty(a => a.Outcome, outcome).SetProperty(a => a.OutcomeReasonId, reasonId).SetProperty(a => a.OutcomeAt, now);

    static ApplicationEvent Event(Current a, ApplicationEventKind kind, Actor actor, DateTimeOffset now, Guid? to = null, Guid? reason = null, string? note = null) => new()
    {
        OrganizationId = a.OrganizationId,
        ApplicationId = a.Id,
        Kind = kind,
        At = now,
        ActorUserId = actor.UserId,
        ActorName = actor.Name,
        FromStageId = a.StageId,
        ToStageId = to,
        ReasonId = reason,
        Note = note,
    };

    static Task<Current?> CurrentAsync(AppDbContext db, Guid orgId, Guid applicationId, CancellationToken ct) =>
        db.Applications.AsNoTracking().Where(a => a.Id == applicationId && a.OrganizationId == orgId)
            .Select(a => new Current(a.Id, a.OrganizationId, a.JobId, a.StageId, a.Outcome)).SingleOrDefaultAsync(ct);

    static async Task<(List<Current>? Rows, PipelineResult<BulkResult>? Problem)> BulkRowsAsync(
        AppDbContext db, Guid orgId, Guid jobId, List<Guid>? ids, CancellationToken ct)
    {
        if (ids is not { Count: > 0 } || ids.Count > PipelineLimits.BulkApplications)
            return (null, PipelineResult<BulkResult>.Invalid("application_ids", $"List 1 to {PipelineLimits.BulkApplications} application ids."));
        if (!await db.Jobs.AnyAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct))
            return (null, PipelineResult<BulkResult>.NotFound($"No job {jobId} in this organization."));
        var distinct = ids.Distinct().ToList();
        var rows = await db.Applications.AsNoTracking()
            .Where(a => a.OrganizationId == orgId && a.JobId == jobId && distinct.Contains(a.Id))
            .Select(a => new Current(a.Id, a.OrganizationId, a.JobId, a.StageId, a.Outcome)).ToListAsync(ct);
        var missing = distinct.Except(rows.Select(r => r.Id)).ToList();
        if (missing.Count > 0)
            return (null, PipelineResult<BulkResult>.NotFound($"Not applications to this job: {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? ", …" : "")}."));
        return (rows, null);
    }

    /// <summary>Null when the reason fits the outcome: required for a rejection, optional for a withdrawal, of this organization and not archived.</summary>
    static async Task<PipelineResult<object>?> ReasonProblemAsync(AppDbContext db, Guid orgId, ApplicationOutcome outcome, Guid? reasonId, CancellationToken ct)
    {
        if (reasonId is not { } id)
            return outcome == ApplicationOutcome.Rejected ? PipelineResult<object>.Invalid("reason_id", "Say why: choose one of the organization's rejection reasons.") : null;
        var reason = await db.RejectionReasons.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.OrganizationId == orgId, ct);
        if (reason is null) return PipelineResult<object>.NotFound($"No rejection reason {id} in this organization.");
        if (reason.Kind != outcome) return PipelineResult<object>.Invalid("reason_id", $"\"{reason.Text}\" is a reason for {Word(reason.Kind)} applications.");
        if (reason.ArchivedAt is not null) return PipelineResult<object>.Invalid("reason_id", $"\"{reason.Text}\" is archived.");
        return null;
    }

    static async Task<PipelineResult<ApplicationStageState>> StaleAsync(AppDbContext db, Current now, CancellationToken ct)
    {
        var stage = await db.PipelineStages.AsNoTracking().Where(s => s.Id == now.StageId).Select(s => s.Name).SingleAsync(ct);
        var where = now.Outcome is { } outcome ? $"it was {Word(outcome)} in {stage}" : $"it is now in {stage}";
        return PipelineResult<ApplicationStageState>.Conflict($"The application moved since you looked: {where}.",
            new() { ["current_stage_id"] = now.StageId, ["current_stage"] = stage, ["outcome"] = now.Outcome is { } o ? EnumText.Name(o) : null });
    }

    static PipelineResult<object>? NoteProblem(string field, string? note) =>
        note?.Trim().Length > PipelineLimits.Note ? PipelineResult<object>.Invalid(field, $"At most {PipelineLimits.Note} characters.") : null;

    static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    static string Word(ApplicationOutcome outcome) => outcome == ApplicationOutcome.Rejected ? "rejected" : "withdrawn";

    static PipelineResult<ApplicationStageState> ApplicationNotFound(Guid id) =>
        PipelineResult<ApplicationStageState>.NotFound($"No application {id} in this organization.");

    static PipelineResult<BulkResult> BulkConflict =>
        PipelineResult<BulkResult>.Conflict("Some of these applications changed while they were being changed; nothing was changed. Try again.");
}
