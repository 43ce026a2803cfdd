using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;
using OpenHire.Features.Pipelines;

namespace OpenHire.Infrastructure.Messaging;

/// <summary>
/// Turns what a save changes into events, whichever code path made the change: timeline entries
/// (applied, moved, rejected, withdrawn, reopened; a move into a job's last stage is also a hire)
/// and job status changes. The events are rows saved by the same SaveChanges, so in the same
/// transaction. Runs after <see cref="PipelineAssignment"/>, which adds the "applied" entries.
/// </summary>
public sealed class DomainEventRecorder(OutboxSignal signal) : SaveChangesInterceptor
{
    readonly ConditionalWeakTable<DbContext, object> withMessages = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // With sync: true every await below completes at once: no thread is blocked on I/O.
        if (eventData.Context is AppDbContext db) RecordAsync(db, sync: true, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is AppDbContext db) await RecordAsync(db, sync: false, ct);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfSent(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        WakeIfSent(eventData.Context);
        return ValueTask.FromResult(result);
    }

    void WakeIfSent(DbContext? db)
    {
        if (db is not null && withMessages.Remove(db)) signal.Wake();
    }

    async Task RecordAsync(AppDbContext db, bool sync, CancellationToken ct)
    {
        var timeline = db.ChangeTracker.Entries<ApplicationEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (timeline.Count > 0) await RecordTimelineAsync(db, timeline, sync, ct);
        foreach (var job in db.ChangeTracker.Entries<Job>().ToList())
            RecordJobStatus(db, job);
        if (db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            withMessages.AddOrUpdate(db, true);
    }

    static void RecordJobStatus(AppDbContext db, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Job> entry)
    {
        var job = entry.Entity;
        JobStatus? before = entry.State switch
        {
            EntityState.Added => JobStatus.Draft,
            EntityState.Modified when entry.Property(j => j.Status).IsModified => entry.Property(j => j.Status).OriginalValue,
            _ => null,
        };
        if (before is null || before == job.Status) return;
        var type = job.Status switch
        {
            JobStatus.Published => EventCatalog.JobPublished,
            JobStatus.Closed => EventCatalog.JobClosed,
            _ => EventCatalog.JobUnpublished,
        };
        DomainEvents.Add(db, job.OrganizationId, type, job.Id,
            new JobChangedData(job.Id, job.Title, job.Status.ToString().ToLowerInvariant(), job.UpdatedAt), job.UpdatedAt);
    }

    sealed record ApplicationFacts(Guid Id, Guid JobId, Guid CandidateId, ApplicationSource Source);

    sealed record StageFacts(Guid Id, Guid JobId, string Name, int Position);

    static async Task RecordTimelineAsync(AppDbContext db, List<ApplicationEvent> timeline, bool sync, CancellationToken ct)
    {
        var applications = db.ChangeTracker.Entries<Application>().Select(e => e.Entity)
            .Select(a => new ApplicationFacts(a.Id, a.JobId, a.CandidateId, a.Source)).ToDictionary(a => a.Id);
        var missing = timeline.Select(t => t.ApplicationId).Where(id => !applications.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
            foreach (var a in await ListAsync(db.Applications.AsNoTracking().Where(a => missing.Contains(a.Id))
                         .Select(a => new ApplicationFacts(a.Id, a.JobId, a.CandidateId, a.Source)), sync, ct))
                applications[a.Id] = a;

        var stages = db.ChangeTracker.Entries<PipelineStage>().Select(e => e.Entity)
            .Select(s => new StageFacts(s.Id, s.JobId, s.Name, s.Position)).ToDictionary(s => s.Id);
        var stageIds = timeline.SelectMany(t => new[] { t.FromStageId, t.ToStageId }).OfType<Guid>().Where(id => !stages.ContainsKey(id)).Distinct().ToList();
        if (stageIds.Count > 0)
            foreach (var s in await ListAsync(db.PipelineStages.AsNoTracking().Where(s => stageIds.Contains(s.Id))
                         .Select(s => new StageFacts(s.Id, s.JobId, s.Name, s.Position)), sync, ct))
                stages[s.Id] = s;

        // A move into the last active stage of a job is a hire.
        var hiringJobs = timeline.Where(t => t.Kind is ApplicationEventKind.Moved or ApplicationEventKind.Reopened && t.ToStageId is not null)
            .Select(t => stages.GetValueOrDefault(t.ToStageId!.Value)?.JobId).OfType<Guid>().Distinct().ToList();
        var lastPositions = hiringJobs.Count == 0 ? [] : (await ListAsync(db.PipelineStages.AsNoTracking()
                .Where(s => hiringJobs.Contains(s.JobId) && s.RemovedAt == null)
                .GroupBy(s => s.JobId).Select(g => new { JobId = g.Key, Last = g.Max(s => s.Position) }), sync, ct))
            .ToDictionary(x => x.JobId, x => x.Last);

        foreach (var t in timeline)
        {
            if (!applications.TryGetValue(t.ApplicationId, out var a)) continue;
            var from = Ref(stages, t.FromStageId);
            var to = Ref(stages, t.ToStageId);
            switch (t.Kind)
            {
                case ApplicationEventKind.Applied:
                    DomainEvents.Add(db, t.OrganizationId, EventCatalog.ApplicationSubmitted, a.Id,
                        new ApplicationSubmittedData(a.Id, a.JobId, a.CandidateId, t.ToStageId ?? Guid.Empty, a.Source.ToString().ToLowerInvariant(), t.At), t.At, t.Id);
                    break;
                case ApplicationEventKind.Moved or ApplicationEventKind.Reopened when to is not null:
                    DomainEvents.Add(db, t.OrganizationId,
                        t.Kind == ApplicationEventKind.Moved ? EventCatalog.ApplicationStageChanged : EventCatalog.ApplicationReopened, a.Id,
                        new ApplicationStageChangedData(a.Id, a.JobId, a.CandidateId, from, to, t.ActorUserId, t.At), t.At, t.Id);
                    if (stages.TryGetValue(to.Id, out var target) && lastPositions.TryGetValue(target.JobId, out var last) && target.Position == last)
                        DomainEvents.Add(db, t.OrganizationId, EventCatalog.CandidateHired, a.CandidateId,
                            new CandidateHiredData(a.CandidateId, a.Id, a.JobId, to, t.At), t.At);
                    break;
                case ApplicationEventKind.Rejected or ApplicationEventKind.Withdrawn:
                    DomainEvents.Add(db, t.OrganizationId,
                        t.Kind == ApplicationEventKind.Rejected ? EventCatalog.ApplicationRejected : EventCatalog.ApplicationWithdrawn, a.Id,
                        new ApplicationEndedData(a.Id, a.JobId, a.CandidateId, from, t.ReasonId, t.ActorUserId, t.At), t.At, t.Id);
                    break;
            }
        }
    }

    static StageRefData? Ref(Dictionary<Guid, StageFacts> stages, Guid? id) =>
        id is { } key && stages.TryGetValue(key, out var s) ? new StageRefData(s.Id, s.Name) : null;

    static async Task<List<T>> ListAsync<T>(IQueryable<T> query, bool sync, CancellationToken ct) =>
        sync ? query.ToList() : await query.ToListAsync(ct);
}
