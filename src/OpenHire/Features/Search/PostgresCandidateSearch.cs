using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;

namespace OpenHire.Features.Search;

/// <summary>
/// Search on PostgreSQL: each application's "SearchVector" (tsvector of name and titles, weight A;
/// resume, B; cover letter, C) is kept by triggers from the CandidateSearch migration and indexed
/// with GIN; words go through websearch_to_tsquery, which accepts any text. PostgreSQL has no
/// prefix search there, so a trailing * is ignored. Title and location match words that start with
/// what was typed, by regular expression.
/// </summary>
public sealed class PostgresCandidateSearch(AppDbContext db) : CandidateSearch(db)
{
    /// <summary>Headlines read at most this much of a document: ts_headline parses all it is given.</summary>
    const int HeadlineChars = 20_000;

    const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    sealed class TextMatch
    {
        public Guid ApplicationId { get; init; }
        public double Score { get; init; }
    }

    /// <summary>Applications of the organization whose words match, with their score (lower is better).</summary>
    IQueryable<TextMatch> Matches(Guid orgId, SearchText text) => Db.Database.SqlQuery<TextMatch>($"""
        SELECT a."Id" AS "ApplicationId", -ts_rank(a."SearchVector", query)::float8 AS "Score"
        FROM "Applications" AS a, websearch_to_tsquery('english', {WebSearchQuery(text)}) AS query
        WHERE a."OrganizationId" = {orgId} AND a."SearchVector" @@ query
        """);

    protected override IQueryable<Application> Filter(Guid orgId, CandidateSearchQuery q)
    {
        var apps = base.Filter(orgId, q);
        if (q.Title is { } title)
        {
            var pattern = WordsPattern(title);
            apps = apps.Where(a => (a.CurrentTitle != null && Regex.IsMatch(a.CurrentTitle, pattern, RegexOptions.IgnoreCase))
                || Db.Jobs.Any(j => j.Id == a.JobId && Regex.IsMatch(j.Title, pattern, RegexOptions.IgnoreCase)));
        }
        if (q.Location is { } location)
        {
            var pattern = WordsPattern(location);
            apps = apps.Where(a => Db.Candidates.Any(c => c.Id == a.CandidateId && c.Location != null && Regex.IsMatch(c.Location, pattern, RegexOptions.IgnoreCase)));
        }
        if (q.Text is { } text)
        {
            var matches = Matches(orgId, text);
            apps = apps.Where(a => matches.Any(m => m.ApplicationId == a.Id));
        }
        return apps;
    }

    /// <summary>
    /// "san fran" as a PostgreSQL regular expression: a word starting "san", then one starting
    /// "fran". The terms are letters and digits only, so nothing typed is regular-expression syntax.
    /// </summary>
    static string WordsPattern(SearchTerm words) => @"\m" + string.Join("[^[:alnum:]]+", words.Tokens);

    protected override async Task<List<PageKey>?> MostRelevantAsync(
        Guid orgId, CandidateSearchQuery query, IQueryable<Application> filtered, string? cursor, int take, CancellationToken ct)
    {
        var scored = from m in Matches(orgId, query.Text!)
                     join a in filtered on m.ApplicationId equals a.Id
                     group m.Score by a.CandidateId into g
                     select new { CandidateId = g.Key, Score = g.Min() };
        if (cursor is not null)
        {
            if (!RelevanceCursor.TryParse(cursor, out var score, out var after)) return null;
            scored = scored.Where(s => s.Score > score || (s.Score == score && s.CandidateId < after));
        }
        var rows = await scored.OrderBy(s => s.Score).ThenByDescending(s => s.CandidateId).Take(take + 1).ToListAsync(ct);
        return [.. rows.Select(r => new PageKey(r.CandidateId, RelevanceCursor.Format(r.Score, r.CandidateId)))];
    }

    /// <summary>Every application passed <see cref="Filter"/>, words included; with words, a headline each.</summary>
    protected override async Task<Dictionary<Guid, Snippet?>?> MatchAsync(Guid orgId, CandidateSearchQuery query, List<Guid> applicationIds, CancellationToken ct)
    {
        if (query.Text is not { } text || applicationIds.Count == 0) return null;
        var rows = await Db.Database.SqlQuery<MarkedSnippet>($"""
            SELECT a."Id" AS "ApplicationId",
                   ts_headline('english',
                       left(concat_ws(E'\n', c."Name", j."Title", a."CurrentTitle", a."ResumeText", a."CoverLetterText"), {HeadlineChars}),
                       query, {HeadlineOptions}) AS "Marked"
            FROM "Applications" AS a
            JOIN "Candidates" AS c ON c."Id" = a."CandidateId"
            JOIN "Jobs" AS j ON j."Id" = a."JobId",
            websearch_to_tsquery('english', {WebSearchQuery(text)}) AS query
            WHERE a."OrganizationId" = {orgId} AND a."Id" = ANY({applicationIds.ToArray()})
            """).ToListAsync(ct);
        return rows.ToDictionary(r => r.ApplicationId, r => SnippetMarks.Read(r.Marked));
    }

    sealed class MarkedSnippet
    {
        public Guid ApplicationId { get; init; }
        public string? Marked { get; init; }
    }

    /// <summary>
    /// The websearch_to_tsquery text for the terms: each term quoted (so "or" and "-" typed inside
    /// a word stay words), " or " inside a group, "-" before excluded terms.
    /// </summary>
    public static string WebSearchQuery(SearchText text)
    {
        static string Term(SearchTerm t) => $"\"{t.Text}\"";
        var required = text.Required.Select(g => string.Join(" or ", g.Select(Term)));
        return string.Join(' ', required.Concat(text.Excluded.Select(t => "-" + Term(t))));
    }
}
