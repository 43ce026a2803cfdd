using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;

namespace OpenHire.Features.Search;

/// <summary>
/// Search on SQLite: the FTS5 table "ApplicationSearch" indexes "ApplicationSearchDocuments", one
/// row per application (name, job and current title, resume text, cover letter), which
/// <see cref="SqliteSearchDocuments"/> keeps in step with the applications. Documents are numbered in
/// the order applications arrive, so "newest first" walks the index backwards and stops after a page.
/// </summary>
public sealed class SqliteCandidateSearch(AppDbContext db) : CandidateSearch(db)
{
    protected override IQueryable<TextMatch> Matches(Guid orgId, SearchText text) => Db.Database.SqlQuery<TextMatch>($"""
        SELECT d."ApplicationId", "ApplicationSearch".rowid AS "Position", "ApplicationSearch".rank AS "Score"
        FROM "ApplicationSearch" JOIN "ApplicationSearchDocuments" AS d ON d."RowId" = "ApplicationSearch".rowid
        WHERE "ApplicationSearch" MATCH {Fts5Query(text)}
        """);

    protected override async Task<List<PageKey>?> NewestMatchingAsync(
        IQueryable<Application> filtered, Guid orgId, SearchText text, string? cursor, int take, CancellationToken ct)
    {
        var hits = from m in Matches(orgId, text)
                   join a in filtered on m.ApplicationId equals a.Id
                   select new { a.CandidateId, m.Position };
        // A candidate's newest match is one with no later match of theirs: checked per row, so the
        // walk down the index stops after a page however common the words are.
        var newest = hits.Where(h => !hits.Any(o => o.CandidateId == h.CandidateId && o.Position > h.Position));
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, out var before)) return null;
            newest = newest.Where(h => h.Position < before);
        }
        var rows = await newest.OrderByDescending(h => h.Position).Take(take + 1).ToListAsync(ct);
        return [.. rows.Select(r => new PageKey(r.CandidateId, r.Position.ToString()))];
    }

    protected override async Task<Dictionary<Guid, string?>> SnippetsAsync(Guid orgId, SearchText text, List<Guid> applicationIds, CancellationToken ct)
    {
        if (applicationIds.Count == 0) return [];
        // The CROSS JOIN keeps SQLite from walking every match: documents first, then one index probe each.
        var rows = await Db.Database.SqlQuery<MarkedSnippet>($"""
            SELECT d."ApplicationId", snippet("ApplicationSearch", -1, char(2), char(3), '…', 24) AS "Marked"
            FROM "ApplicationSearchDocuments" AS d CROSS JOIN "ApplicationSearch" ON "ApplicationSearch".rowid = d."RowId"
            WHERE d."ApplicationId" IN (SELECT value FROM json_each({SqliteSearchDocuments.IdList(applicationIds)}))
              AND "ApplicationSearch" MATCH {Fts5Query(text)}
            """).ToListAsync(ct);
        return rows.ToDictionary(r => r.ApplicationId, r => r.Marked);
    }

    sealed class MarkedSnippet
    {
        public Guid ApplicationId { get; init; }
        public string? Marked { get; init; }
    }

    /// <summary>
    /// The FTS5 query for the terms: each term a quoted string of letters and digits (so nothing
    /// typed can be FTS5 syntax), "*" after a prefix, OR inside a group, AND between groups, NOT after.
    /// </summary>
    public static string Fts5Query(SearchText text)
    {
        static string Term(SearchTerm t) => $"\"{string.Join(' ', t.Tokens)}\"" + (t.Prefix && t.Tokens[^1].Length >= MinPrefixLength ? "*" : "");
        static string Group(IReadOnlyList<SearchTerm> g) => g.Count == 1 ? Term(g[0]) : $"({string.Join(" OR ", g.Select(Term))})";
        var query = $"({string.Join(" AND ", text.Required.Select(Group))})";
        foreach (var excluded in text.Excluded) query += " NOT " + Term(excluded);
        return query;
    }

    /// <summary>Shorter prefixes ("a*") would expand to most of the vocabulary; they are searched as words.</summary>
    const int MinPrefixLength = 2;
}
