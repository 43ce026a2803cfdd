using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Fairness;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Candidates.Duplicates;

public sealed record MergeRequest(Guid? DuplicateId);

/// <summary>What a merge did: the record kept, the one merged into it, and the applications that moved.</summary>
public sealed record MergeResult(Guid CandidateId, Guid MergedCandidateId, IReadOnlyList<Guid> MovedApplicationIds);

/// <summary>
/// Merges a duplicate candidate record into the one kept, losing nothing: its applications (with
/// their files, profiles and timelines), notes and tags move over, missing contact details are
/// filled in, and every application of the kept record gets a "merged" entry on its timeline. The
/// merged-away record stays, pointing at the kept one, so old links and later applications under
/// its email find the right person. Both records must belong to the caller's organization.
/// </summary>
public static class CandidateMerge
{
    public static async Task<PipelineResult<MergeResult>> MergeAsync(
        AppDbContext db, Guid orgId, Guid keepId, MergeRequest request, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (request.DuplicateId is not { } mergeId) return PipelineResult<MergeResult>.Invalid("duplicate_id", "Say which candidate to merge into this one.");
        if (mergeId == keepId) return PipelineResult<MergeResult>.Invalid("duplicate_id", "A candidate cannot be merged with itself.");
        var both = await db.Candidates.Where(c => c.OrganizationId == orgId && (c.Id == keepId || c.Id == mergeId)).ToListAsync(ct);
        var (keep, merge) = (both.SingleOrDefault(c => c.Id == keepId), both.SingleOrDefault(c => c.Id == mergeId));
        if (keep is null) return PipelineResult<MergeResult>.NotFound($"No candidate {keepId} in this organization.");
        if (merge is null) return PipelineResult<MergeResult>.NotFound($"No candidate {mergeId} in this organization.");
        if (keep.MergedIntoId is not null || merge.MergedIntoId is not null)
            return PipelineResult<MergeResult>.Conflict("One of these candidates was already merged into another.");

        var applications = await db.Applications.AsNoTracking().Where(a => a.OrganizationId == orgId && (a.CandidateId == keepId || a.CandidateId == mergeId))
            .Select(a => new { a.Id, a.CandidateId, a.JobId, a.StageId }).ToListAsync(ct);
        var sharedJobs = applications.Where(a => a.CandidateId == mergeId).Select(a => a.JobId)
            .Intersect(applications.Where(a => a.CandidateId == keepId).Select(a => a.JobId)).ToList();
        if (sharedJobs.Count > 0)
        {
            var titles = await db.Jobs.AsNoTracking().Where(j => sharedJobs.Contains(j.Id)).Select(j => j.Title).ToListAsync(ct);
            return PipelineResult<MergeResult>.Conflict(
                $"Both records applied to {string.Join(", ", titles)}; a person has one application per job, so merging them would lose one.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Applications.Where(a => a.OrganizationId == orgId && a.CandidateId == mergeId).ExecuteUpdateAsync(s => s.SetProperty(a => a.CandidateId, keepId), ct);
        await db.CandidateNotes.Where(n => n.OrganizationId == orgId && n.CandidateId == mergeId).ExecuteUpdateAsync(s => s.SetProperty(n => n.CandidateId, keepId), ct);
        var keptTags = await db.CandidateTags.Where(t => t.CandidateId == keepId).Select(t => t.TagId).ToListAsync(ct);
        var movedTags = await db.CandidateTags.Where(t => t.CandidateId == mergeId && !keptTags.Contains(t.TagId)).ToListAsync(ct);
        db.CandidateTags.AddRange(movedTags.Select(t => new Tags.CandidateTag { OrganizationId = orgId, CandidateId = keepId, TagId = t.TagId, CreatedAt = t.CreatedAt }));
        await db.CandidateTags.Where(t => t.CandidateId == mergeId).ExecuteDeleteAsync(ct);

        keep.Phone ??= merge.Phone;
        keep.Location ??= merge.Location;
        keep.Links = [.. keep.Links.Union(merge.Links)];
        (merge.MergedIntoId, merge.MergedAt) = (keepId, now);
        db.ApplicationEvents.AddRange(applications.Select(a => new ApplicationEvent
        {
            OrganizationId = orgId,
            ApplicationId = a.Id,
            Kind = ApplicationEventKind.Merged,
            At = now,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            SubjectId = mergeId,
            // Ids, not names: the timeline is read under blind review too.
            Note = $"{BlindReview.Alias(mergeId)} merged into {BlindReview.Alias(keepId)}",
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return PipelineResult<MergeResult>.Ok(new(keepId, mergeId, [.. applications.Where(a => a.CandidateId == mergeId).Select(a => a.Id)]));
    }
}
