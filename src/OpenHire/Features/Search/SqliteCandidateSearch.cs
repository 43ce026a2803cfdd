using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Search;

/// <summary>
/// Search on SQLite. The FTS5 table "ApplicationSearch" indexes "ApplicationSearchDocuments", one
/// row per application: name, job and current title, resume, cover letter, the candidate's location
/// and the application's skills (see <see cref="SqliteSearchDocuments"/>). Words, title, location and
/// skills all become one FTS5 query, so the index finds what matches them together; the column
/// filters (organization, job, dates, resume status, skill years) are checked on each hit.
/// Documents are numbered in the order applications arrive: "newest first" reads the index backwards
/// in one statement and stops after a page. Every statement here fixes its join order (CROSS JOIN),
/// so the plan never depends on SQLite's statistics.
/// </summary>
public sealed class SqliteCandidateSearch(AppDbContext db) : CandidateSearch(db)
{
    const string FromHits = """
        FROM "ApplicationSearch"
        CROSS JOIN "ApplicationSearchDocuments" AS d ON d."RowId" = "ApplicationSearch".rowid
        CROSS JOIN "Applications" AS a ON a."Id" = d."ApplicationId"
        """;

    protected override async Task<List<PageKey>?> NewestAsync(
        Guid orgId, CandidateSearchQuery query, IQueryable<Application> filtered, string? cursor, int take, CancellationToken ct)
    {
        if (Fts5Query(query) is not { } match) return await base.NewestAsync(orgId, query, filtered, cursor, take, ct);
        long? after = null;
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, out var position)) return null;
            after = position;
        }
        var sql = new SqlText();
        sql.Append($"""
            SELECT a."CandidateId", "ApplicationSearch".rowid, a."Id"{Snippets(query)} {FromHits}
            WHERE "ApplicationSearch" MATCH {sql.Add(match)} AND "ApplicationSearch".rowid < {sql.Add(after ?? long.MaxValue)}
            """);
        AppendColumnFilters(sql, orgId, query);
        sql.Append("""ORDER BY "ApplicationSearch".rowid DESC""");

        var keys = new List<PageKey>();
        var seen = new HashSet<Guid>();
        var fresh = new List<(Guid CandidateId, long Position)>();
        walked.Clear();
        await Db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = sql.Command(Db.Database.GetDbConnection());
            await using var reader = await command.ExecuteReaderAsync(ct);
            // The first hit of a candidate is their newest; read until a page and one more are found.
            var more = true;
            while (more && keys.Count <= take)
            {
                more = await reader.ReadAsync(ct);
                if (more)
                {
                    walked[reader.GetGuid(2)] = ReadSnippet(reader, 3);
                    if (seen.Add(reader.GetGuid(0))) fresh.Add((reader.GetGuid(0), reader.GetInt64(1)));
                }
                if (fresh.Count > 0 && (!more || keys.Count + fresh.Count > take))
                {
                    if (after is { } shownDownTo) await DropShownAsync(fresh, orgId, query, match, shownDownTo, ct);
                    keys.AddRange(fresh.Select(f => new PageKey(f.CandidateId, f.Position.ToString())));
                    fresh.Clear();
                }
            }
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
        return keys;
    }

    /// <summary>
    /// Drops the candidates with a hit at or above <paramref name="shownDownTo"/>: earlier pages showed
    /// them. One pass over those hits (what earlier pages read), not a probe per application: each
    /// FTS5 probe parses the query again and expands its prefixes again.
    /// </summary>
    async Task DropShownAsync(List<(Guid CandidateId, long Position)> fresh, Guid orgId, CandidateSearchQuery query, string match, long shownDownTo, CancellationToken ct)
    {
        var sql = new SqlText();
        sql.Append($"""
            SELECT DISTINCT a."CandidateId" {FromHits}
            WHERE "ApplicationSearch" MATCH {sql.Add(match)} AND "ApplicationSearch".rowid >= {sql.Add(shownDownTo)}
              AND a."CandidateId" IN (SELECT value FROM json_each({sql.Add(SqliteSearchDocuments.IdList(fresh.Select(f => f.CandidateId)))}))
            """);
        AppendColumnFilters(sql, orgId, query);
        var shown = new HashSet<Guid>();
        await using var command = sql.Command(Db.Database.GetDbConnection());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) shown.Add(reader.GetGuid(0));
        fresh.RemoveAll(f => shown.Contains(f.CandidateId));
    }

    protected override async Task<List<PageKey>?> MostRelevantAsync(
        Guid orgId, CandidateSearchQuery query, IQueryable<Application> filtered, string? cursor, int take, CancellationToken ct)
    {
        walked.Clear();
        var sql = new SqlText();
        sql.Append($"""
            SELECT a."CandidateId", min("ApplicationSearch".rank) AS "Score" {FromHits}
            WHERE "ApplicationSearch" MATCH {sql.Add(Fts5Query(query)!)}
            """);
        AppendColumnFilters(sql, orgId, query);
        sql.Append("""GROUP BY a."CandidateId" """);
        if (cursor is not null)
        {
            if (!RelevanceCursor.TryParse(cursor, out var score, out var after)) return null;
            sql.Append($"""HAVING "Score" > {sql.Add(score)} OR ("Score" = {sql.Add(score)} AND a."CandidateId" < {sql.Add(after)})""");
        }
        sql.Append($"""ORDER BY "Score", a."CandidateId" DESC LIMIT {sql.Add(take + 1)}""");
        var keys = new List<PageKey>();
        await Db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = sql.Command(Db.Database.GetDbConnection());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                keys.Add(new PageKey(reader.GetGuid(0), RelevanceCursor.Format(reader.GetDouble(1), reader.GetGuid(0))));
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
        return keys;
    }

    /// <summary>What the walk read: applications that matched everything, with their snippets.</summary>
    readonly Dictionary<Guid, Snippet?> walked = [];

    protected override async Task<Dictionary<Guid, Snippet?>?> MatchAsync(Guid orgId, CandidateSearchQuery query, List<Guid> applicationIds, CancellationToken ct)
    {
        if (Fts5Query(query) is not { } match) return null;
        var matched = applicationIds.Where(walked.ContainsKey).ToDictionary(id => id, id => walked[id]);
        var rest = applicationIds.Where(id => !walked.ContainsKey(id)).ToList();
        if (rest.Count == 0) return matched;
        await Db.Database.OpenConnectionAsync(ct);
        try
        {
            var rows = new List<long>();
            var lookup = new SqlText();
            lookup.Append($"""
                SELECT "RowId" FROM "ApplicationSearchDocuments"
                WHERE "ApplicationId" IN (SELECT value FROM json_each({lookup.Add(SqliteSearchDocuments.IdList(rest))}))
                """);
            await using (var command = lookup.Command(Db.Database.GetDbConnection()))
            await using (var reader = await command.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) rows.Add(reader.GetInt64(0));
            if (rows.Count == 0) return matched;
            // One pass over the hits between the first and last of these documents ("+" keeps SQLite
            // from probing the index once per document, each probe parsing the query again).
            var sql = new SqlText();
            sql.Append($"""
                SELECT d."ApplicationId"{Snippets(query)}
                FROM "ApplicationSearch" CROSS JOIN "ApplicationSearchDocuments" AS d ON d."RowId" = "ApplicationSearch".rowid
                WHERE "ApplicationSearch" MATCH {sql.Add(match)}
                  AND "ApplicationSearch".rowid BETWEEN {sql.Add(rows.Min())} AND {sql.Add(rows.Max())}
                  AND +"ApplicationSearch".rowid IN (SELECT value FROM json_each({sql.Add(System.Text.Json.JsonSerializer.Serialize(rows))}))
                """);
            await using (var command = sql.Command(Db.Database.GetDbConnection()))
            await using (var reader = await command.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) matched[reader.GetGuid(0)] = ReadSnippet(reader, 1);
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
        return matched;
    }

    /// <summary>With words, a passage from each text column (name, title, resume, cover letter), read by <see cref="ReadSnippet"/>.</summary>
    static string Snippets(CandidateSearchQuery query) => query.Text is null ? "" : string.Concat(TextColumns.Select(c =>
        $""", snippet("ApplicationSearch", {c.Index}, char(2), char(3), '…', 24)"""));

    /// <summary>The passage shown: the first with a highlight, resume before cover letter before title before name.</summary>
    static Snippet? ReadSnippet(DbDataReader reader, int first)
    {
        if (reader.FieldCount <= first) return null;
        return Enumerable.Range(first, reader.FieldCount - first)
            .Select(i => SnippetMarks.Read(reader.IsDBNull(i) ? null : reader.GetString(i)))
            .Zip(TextColumns, (snippet, column) => (snippet, column.Preference))
            .Where(p => p.snippet is { Highlights.Count: > 0 })
            .OrderBy(p => p.Preference).Select(p => p.snippet).FirstOrDefault();
    }

    /// <summary>The FTS5 columns words are searched in, with which passage is shown first when several match.</summary>
    static readonly (int Index, int Preference)[] TextColumns = [(0, 3), (1, 2), (2, 0), (3, 1)];

    /// <summary>
    /// The column filters of <see cref="CandidateSearch.Filter"/> in SQL, checked on each hit (kept in
    /// step with it): organization, job, dates, resume status, stage, outcome, and the years of each skill.
    /// </summary>
    static void AppendColumnFilters(SqlText sql, Guid orgId, CandidateSearchQuery q)
    {
        sql.Append($"""AND a."OrganizationId" = {sql.Add(orgId)}""");
        if (q.JobId is { } jobId) sql.Append($"""AND a."JobId" = {sql.Add(jobId)}""");
        if (StartOf(q.AppliedFrom) is { } start) sql.Append($"""AND a."CreatedAt" >= {sql.Add(Ticks.ConvertToProvider(start)!)}""");
        if (StartOf(q.AppliedTo?.AddDays(1)) is { } end) sql.Append($"""AND a."CreatedAt" < {sql.Add(Ticks.ConvertToProvider(end)!)}""");
        if (q.ResumeStatus is { } status) sql.Append($"""AND a."ResumeStatus" = {sql.Add(status.ToString())}""");
        if (q.StageId is { } stageId) sql.Append($"""AND a."StageId" = {sql.Add(stageId)}""");
        if (q.StageName is { } stageName)
            sql.Append($"""AND (SELECT lower(s."Name") FROM "PipelineStages" AS s WHERE s."Id" = a."StageId") = {sql.Add(stageName.ToLowerInvariant())}""");
        if (q.Status is { } state)
            sql.Append(state == ApplicantStatus.Active ? """AND a."Outcome" IS NULL""" : $"""AND a."Outcome" = {sql.Add((state == ApplicantStatus.Rejected ? ApplicationOutcome.Rejected : ApplicationOutcome.Withdrawn).ToString())}""");
        // A scalar subquery, not EXISTS: SQLite may turn EXISTS into a join and reorder it.
        foreach (var (skill, years) in q.Skills)
            sql.Append($"""
                AND (SELECT k."Years" FROM "ApplicationSkills" AS k WHERE k."ApplicationId" = a."Id" AND k."NormalizedSkill" = {sql.Add(skill)}) >= {sql.Add(years)}
                """);
    }

    /// <summary>How the SQLite context stores DateTimeOffset (see SqliteAppDbContext).</summary>
    static readonly DateTimeOffsetToBinaryConverter Ticks = new();

    /// <summary>
    /// The FTS5 query for everything the index can answer: the words (in name, titles, resume and
    /// cover letter), title and location (words starting so), and each skill (a first cut; years
    /// are checked on the skill rows). Null when there is none of these.
    /// Every term is a quoted string of letters and digits, so nothing typed can be FTS5 syntax.
    /// </summary>
    public static string? Fts5Query(CandidateSearchQuery q)
    {
        var parts = new List<string>();
        if (q.Text is { } text) parts.Add("{Name Title ResumeText CoverLetterText} : " + Fts5Words(text));
        if (q.Title is { } title) parts.Add("Title : " + Phrase(title.Tokens, prefix: true));
        if (q.Location is { } location) parts.Add("Location : " + Phrase(location.Tokens, prefix: true));
        foreach (var skill in q.Skills)
            if (SearchTerm.From(skill.Skill, quoted: true) is { } words) parts.Add("Skills : " + Phrase(words.Tokens, prefix: false));
        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    /// <summary>Words as FTS5: OR inside a group, AND between groups, NOT after.</summary>
    static string Fts5Words(SearchText text)
    {
        static string Term(SearchTerm t) => Phrase(t.Tokens, t.Prefix);
        static string Group(IReadOnlyList<SearchTerm> g) => g.Count == 1 ? Term(g[0]) : $"({string.Join(" OR ", g.Select(Term))})";
        var query = $"({string.Join(" AND ", text.Required.Select(Group))})";
        foreach (var excluded in text.Excluded) query += " NOT " + Term(excluded);
        return $"({query})";
    }

    /// <summary>Shorter prefixes ("a*") would expand to most of the vocabulary; they are searched as words.</summary>
    const int MinPrefixLength = 2;

    static string Phrase(IReadOnlyList<string> tokens, bool prefix) =>
        $"\"{string.Join(' ', tokens)}\"" + (prefix && tokens[^1].Length >= MinPrefixLength ? "*" : "");

    /// <summary>SQL text with its parameters, for statements whose shape depends on the query.</summary>
    sealed class SqlText
    {
        readonly StringBuilder text = new();
        readonly List<SqliteParameter> parameters = [];

        public string Add(object value)
        {
            var name = $"$p{parameters.Count}";
            parameters.Add(new SqliteParameter(name, value));
            return name;
        }

        public void Append(string sql) => text.AppendLine(sql);

        public DbCommand Command(DbConnection connection)
        {
            var command = connection.CreateCommand();
            command.CommandText = text.ToString();
            command.Parameters.AddRange(parameters.ToArray());
            return command;
        }
    }
}
