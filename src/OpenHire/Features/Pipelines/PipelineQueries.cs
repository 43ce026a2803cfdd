using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Fairness;
using OpenHire.Features.Resumes;

namespace OpenHire.Features.Pipelines;

/// <summary>A card on the board; under blind review the name is the candidate's alias.</summary>
public sealed record BoardCard(Guid ApplicationId, string CandidateName, int? FitScore, ResumeStatus ResumeStatus, DateTimeOffset StageEnteredAt);

/// <summary>A stage with its total and the cards shown: the best fits first, up to the column's limit.</summary>
public sealed record BoardColumn(Guid StageId, string Name, int Count, IReadOnlyList<BoardCard> Cards);

public sealed record PipelineBoard(IReadOnlyList<BoardColumn> Columns, int Rejected, int Withdrawn);

/// <summary>The board and the timeline: reads for the workspace and the API, always within one organization.</summary>
public static class PipelineQueries
{
    /// <summary>
    /// A job's board: every column's count from one grouped query, then each column's first cards,
    /// so a job with thousands of applications renders as fast as one with fifty.
    /// </summary>
    public static async Task<PipelineBoard?> BoardAsync(
        AppDbContext db, Guid orgId, Guid jobId, int cardsPerColumn, Guid? expandedStageId, int expandedCards, CancellationToken ct)
    {
        if (!await db.Jobs.AnyAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct)) return null;
        var stages = await db.PipelineStages.AsNoTracking().Where(s => s.JobId == jobId && s.RemovedAt == null).OrderBy(s => s.Position).ToListAsync(ct);
        var counts = await PipelineStages.CountAsync(db, jobId, ct);
        var blind = await BlindReview.IsOnAsync(db, orgId, ct);
        var columns = new List<BoardColumn>();
        foreach (var stage in stages)
        {
            var take = stage.Id == expandedStageId ? expandedCards : cardsPerColumn;
            var cards = counts.In(stage.Id) == 0 ? [] : await CardsAsync(db, orgId, jobId, stage.Id, take, blind, ct);
            columns.Add(new(stage.Id, stage.Name, counts.In(stage.Id), cards));
        }
        return new(columns, counts.Rejected, counts.Withdrawn);
    }

    static async Task<List<BoardCard>> CardsAsync(AppDbContext db, Guid orgId, Guid jobId, Guid stageId, int take, bool blind, CancellationToken ct)
    {
        var rows = await (
            from a in db.Applications.AsNoTracking()
            where a.OrganizationId == orgId && a.JobId == jobId && a.StageId == stageId && a.Outcome == null
            join c in db.Candidates on a.CandidateId equals c.Id
            orderby a.FitScore ?? -1 descending, a.Id descending
            select new { a.Id, a.CandidateId, c.Name, a.FitScore, a.ResumeStatus, a.StageEnteredAt, a.IdentityRevealedAt })
            .Take(take).ToListAsync(ct);
        return [.. rows.Select(r => new BoardCard(r.Id, BlindReview.Hides(blind, r.IdentityRevealedAt) ? BlindReview.Alias(r.CandidateId) : r.Name,
            r.FitScore, r.ResumeStatus, r.StageEnteredAt))];
    }

    /// <summary>An application's timeline, newest first; null when the organization has no such application.</summary>
    public static async Task<Page<TimelineEntry>?> TimelineAsync(AppDbContext db, Guid orgId, Guid applicationId, Guid? after, int take, CancellationToken ct)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == applicationId && a.OrganizationId == orgId, ct)) return null;
        var query = db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == applicationId && e.OrganizationId == orgId);
        if (after is { } cursor) query = query.Where(e => e.Id < cursor);
        var rows = await query.OrderByDescending(e => e.Id).Take(take + 1).ToListAsync(ct);
        var stageIds = rows.SelectMany(e => new[] { e.FromStageId, e.ToStageId }).OfType<Guid>().Distinct().ToList();
        var reasonIds = rows.Select(e => e.ReasonId).OfType<Guid>().Distinct().ToList();
        var stages = await db.PipelineStages.AsNoTracking().Where(s => stageIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var reasons = await db.RejectionReasons.AsNoTracking().Where(r => reasonIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Text, ct);
        StageRef? Stage(Guid? id) => id is { } s ? new StageRef(s, stages[s]) : null;
        return Paging.ToPage(rows, take, e => e.Id, e => new TimelineEntry(
            e.Id, e.Kind, e.At, e.ActorName, Stage(e.FromStageId), Stage(e.ToStageId),
            e.ReasonId is { } r ? new ReasonRef(r, reasons[r]) : null, e.Note, e.SubjectId));
    }
}
