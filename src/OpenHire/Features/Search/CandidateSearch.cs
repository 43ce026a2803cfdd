using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;

namespace OpenHire.Features.Search;

/// <summary>
/// The search both engines share: filters, "newest first" and "most relevant first" per candidate,
/// and the page of candidates with their matching applications. An engine supplies only the text
/// part: which applications match words, how well, newest first, and the snippets.
/// </summary>
public abstract class CandidateSearch(AppDbContext db) : ICandidateSearch
{
    protected AppDbContext Db => db;

    public async Task<Page<CandidateMatch>?> SearchAsync(Guid orgId, CandidateSearchQuery query, string? cursor, int take, CancellationToken ct)
    {
        var filtered = Filter(orgId, query);
        var keys = query.Text switch
        {
            null => await NewestAsync(filtered, cursor, take, ct),
            { } text when query.Sort == SearchSort.Relevance => await MostRelevantAsync(filtered, orgId, text, cursor, take, ct),
            { } text => await NewestMatchingAsync(filtered, orgId, text, cursor, take, ct),
        };
        if (keys is null) return null;
        var page = keys.Take(take).ToList();
        var matches = await LoadAsync(orgId, filtered, query.Text, page.Select(k => k.CandidateId).ToList(), ct);
        return new Page<CandidateMatch>(matches, keys.Count > take ? page[^1].Cursor : null);
    }

    /// <summary>A candidate on the page, and the cursor that continues after them.</summary>
    protected sealed record PageKey(Guid CandidateId, string Cursor);

    /// <summary>A text match: the application, its place in the engine's newest-first order, and its score (lower is better).</summary>
    protected sealed class TextMatch
    {
        public Guid ApplicationId { get; init; }
        public long Position { get; init; }
        public double Score { get; init; }
    }

    /// <summary>The organization's applications that pass every filter but the words.</summary>
    public IQueryable<Application> Filter(Guid orgId, CandidateSearchQuery q)
    {
        var apps = db.Applications.AsNoTracking().Where(a => a.OrganizationId == orgId);
        if (q.JobId is { } jobId) apps = apps.Where(a => a.JobId == jobId);
        if (q.AppliedFrom is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            apps = apps.Where(a => a.CreatedAt >= start);
        }
        if (q.AppliedTo is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            apps = apps.Where(a => a.CreatedAt < end);
        }
        if (q.ResumeStatus is { } status) apps = apps.Where(a => a.ResumeStatus == status);
        foreach (var (skill, years) in q.Skills)
            apps = apps.Where(a => db.ApplicationSkills.Any(s => s.ApplicationId == a.Id && s.NormalizedSkill == skill && s.Years >= years));
        if (q.Title is { } title)
        {
            var part = title.ToLowerInvariant();
            apps = apps.Where(a => (a.CurrentTitle != null && a.CurrentTitle.ToLower().Contains(part))
                || db.Jobs.Any(j => j.Id == a.JobId && j.Title.ToLower().Contains(part)));
        }
        if (q.Location is { } location)
        {
            var part = location.ToLowerInvariant();
            apps = apps.Where(a => db.Candidates.Any(c => c.Id == a.CandidateId && c.Location != null && c.Location.ToLower().Contains(part)));
        }
        // Stage: when pipelines arrive, their stage filter goes here, on the application like the others.
        return apps;
    }

    /// <summary>
    /// Candidates by their newest application in <paramref name="apps"/>: an application counts when
    /// no newer one of the same candidate is in the set, so the database walks newest first and stops
    /// after a page. The cursor is that application's id.
    /// </summary>
    protected static async Task<List<PageKey>?> NewestAsync(IQueryable<Application> apps, string? cursor, int take, CancellationToken ct)
    {
        var newest = apps.Where(a => !apps.Any(b => b.CandidateId == a.CandidateId && b.Id > a.Id));
        if (cursor is not null)
        {
            if (!Guid.TryParse(cursor, out var after)) return null;
            newest = newest.Where(a => a.Id < after);
        }
        var rows = await newest.OrderByDescending(a => a.Id).Select(a => new { a.CandidateId, a.Id }).Take(take + 1).ToListAsync(ct);
        return [.. rows.Select(r => new PageKey(r.CandidateId, r.Id.ToString()))];
    }

    /// <summary>Candidates by their best-scoring matching application; the cursor is "score_candidate".</summary>
    async Task<List<PageKey>?> MostRelevantAsync(IQueryable<Application> filtered, Guid orgId, SearchText text, string? cursor, int take, CancellationToken ct)
    {
        var scored = from m in Matches(orgId, text)
                     join a in filtered on m.ApplicationId equals a.Id
                     group m.Score by a.CandidateId into g
                     select new { CandidateId = g.Key, Score = g.Min() };
        if (cursor is not null)
        {
            var parts = cursor.Split('_');
            if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
                || !Guid.TryParse(parts[1], out var after)) return null;
            scored = scored.Where(s => s.Score > score || (s.Score == score && s.CandidateId < after));
        }
        var rows = await scored.OrderBy(s => s.Score).ThenByDescending(s => s.CandidateId).Take(take + 1).ToListAsync(ct);
        return [.. rows.Select(r => new PageKey(r.CandidateId, $"{r.Score.ToString("R", CultureInfo.InvariantCulture)}_{r.CandidateId}"))];
    }

    /// <summary>Every application of the organization whose text matches, with its score; <see cref="TextMatch.Position"/> may be 0 where the engine has no order of its own.</summary>
    protected abstract IQueryable<TextMatch> Matches(Guid orgId, SearchText text);

    /// <summary>Candidates by their newest application that passes the filters and matches the words.</summary>
    protected abstract Task<List<PageKey>?> NewestMatchingAsync(IQueryable<Application> filtered, Guid orgId, SearchText text, string? cursor, int take, CancellationToken ct);

    /// <summary>The applications among <paramref name="applicationIds"/> whose text matches, each with its passage marked by <see cref="SnippetMarks"/>.</summary>
    protected abstract Task<Dictionary<Guid, string?>> SnippetsAsync(Guid orgId, SearchText text, List<Guid> applicationIds, CancellationToken ct);

    async Task<List<CandidateMatch>> LoadAsync(Guid orgId, IQueryable<Application> filtered, SearchText? text, List<Guid> candidateIds, CancellationToken ct)
    {
        if (candidateIds.Count == 0) return [];
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => c.OrganizationId == orgId && candidateIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Email, c.Location })
            .ToDictionaryAsync(c => c.Id, ct);
        var applications = await filtered.Where(a => candidateIds.Contains(a.CandidateId))
            .Join(db.Jobs, a => a.JobId, j => j.Id, (a, j) => new { a.Id, a.CandidateId, a.JobId, JobTitle = j.Title, a.CurrentTitle, a.ResumeStatus, a.FitScore, a.CreatedAt })
            .ToListAsync(ct);
        var snippets = text is null ? null : await SnippetsAsync(orgId, text, [.. applications.Select(a => a.Id)], ct);
        var byCandidate = applications
            .Where(a => snippets is null || snippets.ContainsKey(a.Id))
            .OrderByDescending(a => a.Id)
            .GroupBy(a => a.CandidateId)
            .ToDictionary(g => g.Key, g => g.Select(a => new ApplicationMatch(
                a.Id, a.JobId, a.JobTitle, a.CurrentTitle, a.ResumeStatus, a.FitScore, a.CreatedAt,
                snippets is null ? null : SnippetMarks.Read(snippets[a.Id]))).ToList());
        return [.. candidateIds
            .Where(id => candidates.ContainsKey(id) && byCandidate.ContainsKey(id))
            .Select(id => new CandidateMatch(id, candidates[id].Name, candidates[id].Email, candidates[id].Location, byCandidate[id]))];
    }
}
