using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Fairness;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Search;

/// <summary>
/// What both engines share: the filters that are plain columns (job, dates, resume status, stage,
/// outcome, skill years), "newest first" by walking applications newest first, and the page of candidates with
/// their matching applications. An engine adds the words: matching, ranking, snippets.
/// </summary>
public abstract class CandidateSearch(AppDbContext db) : ICandidateSearch
{
    protected AppDbContext Db => db;

    /// <summary>How many times a page is topped up when blind review left it short.</summary>
    const int MaxRounds = 5;

    public async Task<Page<CandidateMatch>?> SearchAsync(Guid orgId, CandidateSearchQuery query, string? cursor, int take, CancellationToken ct)
    {
        var filtered = Filter(orgId, query);
        var blind = await BlindReview.IsOnAsync(db, orgId, ct);
        var items = new List<CandidateMatch>();
        var next = cursor;
        for (var round = 0; round < MaxRounds && items.Count < take && (round == 0 || next is not null); round++)
        {
            var want = take - items.Count;
            var keys = query is { Sort: SearchSort.Relevance, Text: not null }
                ? await MostRelevantAsync(orgId, query, filtered, next, want, ct)
                : await NewestAsync(orgId, query, filtered, next, want, ct);
            if (keys is null) return null;
            var page = keys.Take(want).ToList();
            next = keys.Count > want ? page[^1].Cursor : null;
            var matches = await LoadAsync(orgId, query, filtered, [.. page.Select(k => k.CandidateId)], ct);
            items.AddRange(blind ? await HideAsync(orgId, query, matches, ct) : matches);
        }
        return new Page<CandidateMatch>(items, next);
    }

    /// <summary>
    /// Blind review: hidden candidates as their alias, without email or location, each application
    /// kept only when its words are found in what a reviewer may see (redacted resume and cover
    /// letter, titles), with its snippet cut from that; a location filter never finds them, as it
    /// would tell where they live. A page can come out short; the loop above tops it up.
    /// </summary>
    async Task<List<CandidateMatch>> HideAsync(Guid orgId, CandidateSearchQuery query, List<CandidateMatch> matches, CancellationToken ct)
    {
        var hidden = await BlindReview.HiddenCandidatesAsync(db, orgId, [.. matches.Select(m => m.Id)], ct);
        if (hidden.Count == 0) return matches;
        Dictionary<Guid, string> visible = [];
        if (query.Text is not null)
        {
            var ids = matches.Where(m => hidden.Contains(m.Id)).SelectMany(m => m.Applications.Select(a => a.Id)).ToList();
            visible = (await db.Applications.AsNoTracking()
                    .Where(a => a.OrganizationId == orgId && ids.Contains(a.Id))
                    .Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => new { a.Id, a.ResumeText, a.CoverLetterText, c.Name })
                    .ToListAsync(ct))
                .ToDictionary(a => a.Id, a => string.Join("\n\n", BlindReview.Text(a.ResumeText, a.Name), BlindReview.Text(a.CoverLetterText, a.Name)));
        }
        var result = new List<CandidateMatch>();
        foreach (var match in matches)
        {
            if (!hidden.Contains(match.Id))
            {
                result.Add(match);
                continue;
            }
            if (query.Location is not null) continue;
            var applications = query.Text is not { } text
                ? match.Applications.Select(a => a with { Snippet = null }).ToList()
                : [.. match.Applications
                    .Select(a => (a, Text: string.Join("\n\n", visible.GetValueOrDefault(a.Id), a.JobTitle, a.CurrentTitle)))
                    .Where(x => VisibleText.Matches(text, x.Text))
                    .Select(x => x.a with { Snippet = VisibleText.Snippet(text, x.Text) })];
            if (applications.Count > 0)
                result.Add(new CandidateMatch(match.Id, BlindReview.Alias(match.Id), null, null, applications, Hidden: true));
        }
        return result;
    }

    /// <summary>A candidate on the page, and the cursor that continues after them.</summary>
    protected sealed record PageKey(Guid CandidateId, string Cursor);

    /// <summary>The organization's applications that pass the column filters; engines add what they match in SQL.</summary>
    protected virtual IQueryable<Application> Filter(Guid orgId, CandidateSearchQuery q)
    {
        var apps = db.Applications.AsNoTracking().Where(a => a.OrganizationId == orgId);
        if (q.JobId is { } jobId) apps = apps.Where(a => a.JobId == jobId);
        if (StartOf(q.AppliedFrom) is { } start) apps = apps.Where(a => a.CreatedAt >= start);
        if (StartOf(q.AppliedTo?.AddDays(1)) is { } end) apps = apps.Where(a => a.CreatedAt < end);
        if (q.ResumeStatus is { } status) apps = apps.Where(a => a.ResumeStatus == status);
        foreach (var (skill, years) in q.Skills)
            apps = apps.Where(a => db.ApplicationSkills.Any(s => s.ApplicationId == a.Id && s.NormalizedSkill == skill && s.Years >= years));
        if (q.StageId is { } stageId) apps = apps.Where(a => a.StageId == stageId);
        if (q.StageName is { } stageName)
        {
            var name = stageName.ToLower();
            apps = apps.Where(a => db.PipelineStages.Any(s => s.Id == a.StageId && s.Name.ToLower() == name));
        }
        apps = q.Status switch
        {
            ApplicantStatus.Active => apps.Where(a => a.Outcome == null),
            ApplicantStatus.Rejected => apps.Where(a => a.Outcome == ApplicationOutcome.Rejected),
            ApplicantStatus.Withdrawn => apps.Where(a => a.Outcome == ApplicationOutcome.Withdrawn),
            _ => apps,
        };
        return apps;
    }

    /// <summary>Midnight UTC at the start of <paramref name="day"/>: applied_from and applied_to count whole UTC days.</summary>
    protected static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>
    /// Candidates by their newest application among <paramref name="filtered"/>: applications are
    /// read newest first in growing chunks, and a candidate counts at their first (newest) one, so
    /// the database reads about a page whatever the organization's size. The cursor is that
    /// application's id; on later pages, candidates with an application at or above it were shown before.
    /// </summary>
    protected virtual async Task<List<PageKey>?> NewestAsync(
        Guid orgId, CandidateSearchQuery query, IQueryable<Application> filtered, string? cursor, int take, CancellationToken ct)
    {
        Guid? after = null;
        if (cursor is not null)
        {
            if (!Guid.TryParse(cursor, out var id)) return null;
            after = id;
        }
        var keys = new List<PageKey>();
        var seen = new HashSet<Guid>();
        var below = after;
        var size = 2 * (take + 1);
        while (keys.Count <= take)
        {
            var chunk = below is { } b ? filtered.Where(a => a.Id < b) : filtered;
            var rows = await chunk.OrderByDescending(a => a.Id).Select(a => new { a.Id, a.CandidateId }).Take(size).ToListAsync(ct);
            var fresh = rows.Where(r => seen.Add(r.CandidateId)).ToList();
            if (after is { } shownDownTo && fresh.Count > 0)
            {
                var ids = fresh.Select(r => r.CandidateId).ToList();
                var shown = await filtered.Where(a => ids.Contains(a.CandidateId) && a.Id >= shownDownTo).Select(a => a.CandidateId).Distinct().ToListAsync(ct);
                fresh.RemoveAll(r => shown.Contains(r.CandidateId));
            }
            keys.AddRange(fresh.Select(r => new PageKey(r.CandidateId, r.Id.ToString())));
            if (rows.Count < size) break;
            below = rows[^1].Id;
            size = Math.Min(size * 4, 10_000);
        }
        return keys;
    }

    /// <summary>Candidates by their best-scoring matching application; the cursor is "score_candidate".</summary>
    protected abstract Task<List<PageKey>?> MostRelevantAsync(
        Guid orgId, CandidateSearchQuery query, IQueryable<Application> filtered, string? cursor, int take, CancellationToken ct);

    /// <summary>
    /// Which of <paramref name="applicationIds"/> (all past the column filters) match everything
    /// else, with a snippet each when there are words; null when all of them match and there is nothing to highlight.
    /// </summary>
    protected abstract Task<Dictionary<Guid, Snippet?>?> MatchAsync(Guid orgId, CandidateSearchQuery query, List<Guid> applicationIds, CancellationToken ct);

    async Task<List<CandidateMatch>> LoadAsync(Guid orgId, CandidateSearchQuery query, IQueryable<Application> filtered, List<Guid> candidateIds, CancellationToken ct)
    {
        if (candidateIds.Count == 0) return [];
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => c.OrganizationId == orgId && candidateIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Email, c.Location })
            .ToDictionaryAsync(c => c.Id, ct);
        var applications = await filtered.Where(a => candidateIds.Contains(a.CandidateId))
            .Join(db.Jobs, a => a.JobId, j => j.Id, (a, j) => new { a.Id, a.CandidateId, a.JobId, JobTitle = j.Title, a.CurrentTitle, a.ResumeStatus, a.FitScore, a.CreatedAt })
            .ToListAsync(ct);
        var matched = await MatchAsync(orgId, query, [.. applications.Select(a => a.Id)], ct);
        var byCandidate = applications
            .Where(a => matched is null || matched.ContainsKey(a.Id))
            .OrderByDescending(a => a.Id)
            .GroupBy(a => a.CandidateId)
            .ToDictionary(g => g.Key, g => g.Select(a => new ApplicationMatch(
                a.Id, a.JobId, a.JobTitle, a.CurrentTitle, a.ResumeStatus, a.FitScore, a.CreatedAt, matched?[a.Id])).ToList());
        return [.. candidateIds
            .Where(id => candidates.ContainsKey(id) && byCandidate.ContainsKey(id))
            .Select(id => new CandidateMatch(id, candidates[id].Name, candidates[id].Email, candidates[id].Location, byCandidate[id]))];
    }
}
