using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;
using OpenHire.Features.Organizations;

namespace OpenHire.Features.Pipelines;

/// <summary>What a new organization starts with.</summary>
public static class PipelineDefaults
{
    public const string TemplateName = "Standard";

    public static readonly IReadOnlyList<string> Stages = ["Applied", "Screen", "Technical interview", "Onsite", "Offer", "Hired"];

    public static readonly IReadOnlyList<(ApplicationOutcome Kind, string Text)> Reasons =
    [
        (ApplicationOutcome.Rejected, "Not enough relevant experience"),
        (ApplicationOutcome.Rejected, "Skills do not match the role"),
        (ApplicationOutcome.Rejected, "Did not pass the interviews"),
        (ApplicationOutcome.Rejected, "Another candidate was a better fit"),
        (ApplicationOutcome.Rejected, "Location or work authorization"),
        (ApplicationOutcome.Rejected, "Salary expectations out of range"),
        (ApplicationOutcome.Rejected, "Position filled or closed"),
        (ApplicationOutcome.Rejected, "Did not respond"),
        (ApplicationOutcome.Withdrawn, "Accepted another offer"),
        (ApplicationOutcome.Withdrawn, "Compensation"),
        (ApplicationOutcome.Withdrawn, "Location or commute"),
        (ApplicationOutcome.Withdrawn, "Personal reasons"),
        (ApplicationOutcome.Withdrawn, "No longer interested"),
    ];
}

/// <summary>
/// Keeps the pipeline's invariants whichever code path adds the rows: a new organization gets the
/// default template and rejection reasons, a new job gets its organization's default stages, and a
/// new application starts in its job's first stage with an "applied" entry on its timeline.
/// </summary>
public sealed class PipelineAssignment : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // With sync: true every await below completes at once: no thread is blocked on I/O.
        if (eventData.Context is AppDbContext db) AssignAsync(db, sync: true, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is AppDbContext db) await AssignAsync(db, sync: false, ct);
        return result;
    }

    static async Task AssignAsync(AppDbContext db, bool sync, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0) return;
        foreach (var organization in added.OfType<Organization>())
            SeedOrganization(db, organization);
        var newStages = added.OfType<PipelineStage>().ToList();
        foreach (var job in added.OfType<Job>().Where(j => !newStages.Any(s => s.JobId == j.Id)))
        {
            var names = await DefaultStagesAsync(db, job.OrganizationId, sync, ct);
            var stages = names.Select((name, i) => new PipelineStage { OrganizationId = job.OrganizationId, JobId = job.Id, Name = name, Position = i }).ToList();
            db.AddRange(stages);
            newStages.AddRange(stages);
        }
        foreach (var application in added.OfType<Application>().Where(a => a.StageId == Guid.Empty))
        {
            var entry = newStages.Where(s => s.JobId == application.JobId && s.RemovedAt is null).OrderBy(s => s.Position).FirstOrDefault()?.Id
                ?? await EntryStageAsync(db, application.JobId, sync, ct);
            application.StageId = entry;
            application.StageEnteredAt = application.CreatedAt;
            db.Add(new ApplicationEvent
            {
                OrganizationId = application.OrganizationId,
                ApplicationId = application.Id,
                Kind = ApplicationEventKind.Applied,
                At = application.CreatedAt,
                ToStageId = entry,
            });
        }
    }

    static void SeedOrganization(AppDbContext db, Organization organization)
    {
        db.Add(new PipelineTemplate
        {
            OrganizationId = organization.Id,
            Name = PipelineDefaults.TemplateName,
            Stages = [.. PipelineDefaults.Stages],
            IsDefault = true,
            CreatedAt = organization.CreatedAt,
            UpdatedAt = organization.CreatedAt,
        });
        foreach (var (kind, text) in PipelineDefaults.Reasons)
            db.Add(new RejectionReason { OrganizationId = organization.Id, Kind = kind, Text = text });
    }

    static async Task<IReadOnlyList<string>> DefaultStagesAsync(AppDbContext db, Guid orgId, bool sync, CancellationToken ct)
    {
        var query = db.PipelineTemplates.AsNoTracking().Where(t => t.OrganizationId == orgId && t.IsDefault).Select(t => t.Stages);
        var stages = sync ? query.FirstOrDefault() : await query.FirstOrDefaultAsync(ct);
        return stages is { Count: > 0 } ? stages : PipelineDefaults.Stages;
    }

    static async Task<Guid> EntryStageAsync(AppDbContext db, Guid jobId, bool sync, CancellationToken ct)
    {
        var query = db.PipelineStages.AsNoTracking().Where(s => s.JobId == jobId && s.RemovedAt == null).OrderBy(s => s.Position).Select(s => s.Id);
        var id = sync ? query.FirstOrDefault() : await query.FirstOrDefaultAsync(ct);
        return id != Guid.Empty ? id : throw new InvalidOperationException($"Job {jobId} has no pipeline stages.");
    }
}
