using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Candidates;

/// <summary>A timeline entry of one of the candidate's applications, with the job it belongs to.</summary>
public sealed record CandidateTimelineEntry(Guid ApplicationId, string JobTitle, TimelineEntry Entry);

/// <summary>The timelines of all a candidate's applications as one, newest first.</summary>
public static class CandidateTimeline
{
    /// <summary>How many entries one application contributes; the application's own timeline pages further.</summary>
    public const int PerApplication = 100;

    public static async Task<List<CandidateTimelineEntry>?> ReadAsync(AppDbContext db, Guid orgId, Guid candidateId, CancellationToken ct)
    {
        if (!await db.Candidates.AnyAsync(c => c.Id == candidateId && c.OrganizationId == orgId, ct)) return null;
        var applications = await CandidateQueries.ApplicationsAsync(db, orgId, candidateId, ct);
        var entries = new List<CandidateTimelineEntry>();
        foreach (var a in applications)
        {
            var page = await PipelineQueries.TimelineAsync(db, orgId, a.Id, null, PerApplication, ct);
            entries.AddRange((page?.Items ?? []).Select(e => new CandidateTimelineEntry(a.Id, a.JobTitle, e)));
        }
        return [.. entries.OrderByDescending(e => e.Entry.Id)];
    }
}
