using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;

namespace OpenHire.Features.Search;

/// <summary>
/// Search on PostgreSQL: each application's "SearchVector" (tsvector of name and titles, weight A;
/// resume, B; cover letter, C) is kept by triggers from the CandidateSearch migration and indexed
/// with GIN; words go through websearch_to_tsquery, which accepts any text. PostgreSQL has no
/// prefix search there, so a trailing * is ignored.
/// </summary>
public sealed class PostgresCandidateSearch(AppDbContext db) : CandidateSearch(db)
{
    /// <summary>Headlines read at most this much of a document: ts_headline parses all it is given.</summary>
    const int HeadlineChars = 20_000;

    const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    protected override IQueryable<TextMatch> Matches(Guid orgId, SearchText text) => Db.Database.SqlQuery<TextMatch>($"""
        SELECT a."Id" AS "ApplicationId", 0::bigint AS "Position", -ts_rank(a."SearchVector", query)::float8 AS "Score"
        FROM "Applications" AS a, websearch_to_tsquery('english', {WebSearchQuery(text)}) AS query
        WHERE a."OrganizationId" = {orgId} AND a."SearchVector" @@ query
        """);

    protected override Task<List<PageKey>?> NewestMatchingAsync(
        IQueryable<Application> filtered, Guid orgId, SearchText text, string? cursor, int take, CancellationToken ct)
    {
        var matches = Matches(orgId, text);
        return NewestAsync(filtered.Where(a => matches.Any(m => m.ApplicationId == a.Id)), cursor, take, ct);
    }

    protected override async Task<Dictionary<Guid, string?>> SnippetsAsync(Guid orgId, SearchText text, List<Guid> applicationIds, CancellationToken ct)
    {
        if (applicationIds.Count == 0) return [];
        var rows = await Db.Database.SqlQuery<MarkedSnippet>($"""
            SELECT a."Id" AS "ApplicationId",
                   ts_headline('english',
                       left(concat_ws(E'\n', c."Name", j."Title", a."CurrentTitle", a."ResumeText", a."CoverLetterText"), {HeadlineChars}),
                       query, {HeadlineOptions}) AS "Marked"
            FROM "Applications" AS a
            JOIN "Candidates" AS c ON c."Id" = a."CandidateId"
            JOIN "Jobs" AS j ON j."Id" = a."JobId",
            websearch_to_tsquery('english', {WebSearchQuery(text)}) AS query
            WHERE a."OrganizationId" = {orgId} AND a."Id" = ANY({applicationIds.ToArray()}) AND a."SearchVector" @@ query
            """).ToListAsync(ct);
        return rows.ToDictionary(r => r.ApplicationId, r => r.Marked);
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
