using OpenHire.Features.Resumes;

namespace OpenHire.Features.Search;

/// <summary>
/// Search across an organization's candidates: full text over resumes, cover letters, names and
/// titles, with structured filters. One implementation per database (SQLite FTS5, PostgreSQL
/// tsvector), chosen by Database:Provider.
/// </summary>
public interface ICandidateSearch
{
    /// <summary>
    /// One page of candidates with their matching applications; null when <paramref name="cursor"/>
    /// is not one this search returned for this sort.
    /// </summary>
    Task<Page<CandidateMatch>?> SearchAsync(Guid orgId, CandidateSearchQuery query, string? cursor, int take, CancellationToken ct);
}

/// <summary>
/// A candidate with the applications that matched, newest first. While blind review hides them,
/// <see cref="Name"/> is their alias, <see cref="Hidden"/> is true, and there is no email or location.
/// </summary>
public sealed record CandidateMatch(Guid Id, string Name, string? Email, string? Location, IReadOnlyList<ApplicationMatch> Applications, bool Hidden = false);

public sealed record ApplicationMatch(
    Guid Id, Guid JobId, string JobTitle, string? CurrentTitle, ResumeStatus ResumeStatus, int? FitScore, DateTimeOffset CreatedAt,
    Snippet? Snippet);

/// <summary>
/// A short passage around the words found, as plain text; <see cref="Highlights"/> say which parts
/// matched. Never HTML: show it escaped.
/// </summary>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights);

/// <summary>A matched part of a snippet, in UTF-16 code units.</summary>
public sealed record Highlight(int Start, int Length);
