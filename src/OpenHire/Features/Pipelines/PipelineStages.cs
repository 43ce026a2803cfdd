using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Infrastructure;

namespace OpenHire.Features.Pipelines;

/// <summary>A stage with how many applications are in it now (rejected and withdrawn ones not counted).</summary>
public sealed record StageSummary(Guid Id, string Name, int Position, int ApplicationCount);

public sealed record JobPipeline(Guid JobId, IReadOnlyList<StageSummary> Stages);

/// <summary>A stage as the client wants it: an existing one by id (renamed to Name), or a new one (no id).</summary>
public sealed record StageInput(Guid? Id, string? Name);

/// <summary>
/// The whole ordered list of stages a job should have. Stages left out are removed: an empty one
/// at once, one with applications only when <see cref="MoveCardsTo"/> names a remaining stage for them.
/// </summary>
public sealed record PipelineChange(List<StageInput>? Stages, Dictionary<Guid, Guid>? MoveCardsTo = null);

/// <summary>Reading and editing a job's stages, shared by the API and the workspace.</summary>
public static class PipelineStages
{
    /// <summary>The job's stages in order, tracked for changes.</summary>
    public static Task<List<PipelineStage>> ActiveAsync(AppDbContext db, Guid jobId, CancellationToken ct) =>
        db.PipelineStages.Where(s => s.JobId == jobId && s.RemovedAt == null).OrderBy(s => s.Position).ToListAsync(ct);

    /// <summary>A stage of this job that has not been removed, or null.</summary>
    public static Task<PipelineStage?> FindActiveAsync(AppDbContext db, Guid jobId, Guid stageId, CancellationToken ct) =>
        db.PipelineStages.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stageId && s.JobId == jobId && s.RemovedAt == null, ct);

    /// <summary>The first stage: where new applications start.</summary>
    public static Task<PipelineStage?> EntryAsync(AppDbContext db, Guid jobId, CancellationToken ct) =>
        db.PipelineStages.AsNoTracking().Where(s => s.JobId == jobId && s.RemovedAt == null).OrderBy(s => s.Position).FirstOrDefaultAsync(ct);

    /// <summary>How many applications in the pipeline each stage of the job holds, and how many were rejected or withdrawn, from one grouped query.</summary>
    public static async Task<PipelineCounts> CountAsync(AppDbContext db, Guid jobId, CancellationToken ct)
    {
        var groups = await db.Applications.AsNoTracking().Where(a => a.JobId == jobId)
            .GroupBy(a => new { a.StageId, a.Outcome })
            .Select(g => new { g.Key.StageId, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(ct);
        return new(
            groups.Where(g => g.Outcome == null).ToDictionary(g => g.StageId, g => g.Count),
            groups.Where(g => g.Outcome == ApplicationOutcome.Rejected).Sum(g => g.Count),
            groups.Where(g => g.Outcome == ApplicationOutcome.Withdrawn).Sum(g => g.Count));
    }

    /// <summary>The job's pipeline with counts, or null when the organization has no such job.</summary>
    public static async Task<JobPipeline?> GetAsync(AppDbContext db, Guid orgId, Guid jobId, CancellationToken ct)
    {
        if (!await db.Jobs.AnyAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct)) return null;
        var stages = await db.PipelineStages.AsNoTracking().Where(s => s.JobId == jobId && s.RemovedAt == null).OrderBy(s => s.Position).ToListAsync(ct);
        var counts = await CountAsync(db, jobId, ct);
        return new(jobId, [.. stages.Select((s, i) => new StageSummary(s.Id, s.Name, i, counts.In(s.Id)))]);
    }

    /// <summary>
    /// Makes the job's stages the given list: renames, reorders, adds and removes in one transaction.
    /// Removed stages keep their rows, so every past move still names them.
    /// </summary>
    public static async Task<PipelineResult<JobPipeline>> ReplaceAsync(
        AppDbContext db, Guid orgId, Guid jobId, PipelineChange change, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var inputs = change.Stages ?? [];
        var names = StageNames.Validate(inputs.Select(s => s.Name).ToList(), "stages", errors);
        foreach (var twice in inputs.Where(s => s.Id is not null).GroupBy(s => s.Id).Where(g => g.Count() > 1))
            errors.Add("stages", $"Stage {twice.Key} is listed twice.");
        if (!errors.IsEmpty) return PipelineResult<JobPipeline>.Invalid(errors.ToDictionary());
        if (!await db.Jobs.AnyAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct))
            return PipelineResult<JobPipeline>.NotFound($"No job {jobId} in this organization.");

        var existing = await ActiveAsync(db, jobId, ct);
        if (inputs.FirstOrDefault(s => s.Id is { } id && existing.All(e => e.Id != id)) is { } unknown)
            return PipelineResult<JobPipeline>.NotFound($"No stage {unknown.Id} in this job's pipeline.");
        var kept = inputs.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
        var removed = existing.Where(s => !kept.Contains(s.Id)).ToList();
        var counts = await CountAsync(db, jobId, ct);
        var moveTo = change.MoveCardsTo ?? [];
        foreach (var stage in removed.Where(s => counts.In(s.Id) > 0))
        {
            if (!moveTo.TryGetValue(stage.Id, out var target))
                errors.Add("move_cards_to", $"\"{stage.Name}\" holds {counts.In(stage.Id)} applications: say which remaining stage they move to.");
            else if (!kept.Contains(target))
                errors.Add("move_cards_to", $"The applications of \"{stage.Name}\" must move to a stage that stays in the pipeline.");
        }
        if (!errors.IsEmpty) return PipelineResult<JobPipeline>.Invalid(errors.ToDictionary());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Id is { } id)
            {
                var stage = existing.Single(s => s.Id == id);
                (stage.Name, stage.Position) = (names[i], i);
            }
            else db.PipelineStages.Add(new PipelineStage { OrganizationId = orgId, JobId = jobId, Name = names[i], Position = i });
        }
        foreach (var stage in removed)
        {
            stage.RemovedAt = now;
            if (counts.In(stage.Id) == 0) continue;
            var target = existing.Single(s => s.Id == moveTo[stage.Id]);
            if (!await PipelineOperations.MoveOutOfAsync(db, jobId, stage.Id, target, stage.Name, actor, now, ct))
                return PipelineResult<JobPipeline>.Conflict("Applications moved while the pipeline was being changed; nothing was changed. Try again.");
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return PipelineResult<JobPipeline>.Ok((await GetAsync(db, orgId, jobId, ct))!);
    }
}

/// <summary>Applications per stage in the pipeline, and the ended ones.</summary>
public sealed record PipelineCounts(IReadOnlyDictionary<Guid, int> ByStage, int Rejected, int Withdrawn)
{
    public int In(Guid stageId) => ByStage.GetValueOrDefault(stageId);
}

/// <summary>The rules every list of stage names follows, in a job or a template.</summary>
public static class StageNames
{
    /// <summary>The names trimmed, with a problem for each that is empty, too long or repeated, and for too few or too many.</summary>
    public static List<string> Validate(IReadOnlyList<string?> names, string field, ValidationErrors errors)
    {
        if (names.Count is 0 or > PipelineLimits.Stages)
            errors.Add(field, $"Give 1 to {PipelineLimits.Stages} stages.");
        var trimmed = names.Select(n => n?.Trim() ?? "").ToList();
        for (var i = 0; i < trimmed.Count; i++)
        {
            if (trimmed[i].Length is 0 or > PipelineLimits.StageName)
                errors.Add($"{field}[{i}]", $"A stage name is 1 to {PipelineLimits.StageName} characters.");
            else if (trimmed.Take(i).Contains(trimmed[i], StringComparer.OrdinalIgnoreCase))
                errors.Add($"{field}[{i}]", $"\"{trimmed[i]}\" is there twice; stage names must differ.");
        }
        return trimmed;
    }
}
