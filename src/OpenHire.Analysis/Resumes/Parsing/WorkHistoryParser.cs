using System.Globalization;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>
/// Reads jobs from experience sections. Each date range anchors one job; its title and company
/// come from the same line or the short header lines just before it (or, failing that, after it),
/// which covers "Title, Company, City — Dates", "Company / Title | Dates" and "Title / Company, City / Dates" layouts.
/// </summary>
internal static class WorkHistoryParser
{
    private const int MaxHeaderLinesEachWay = 3;

    public static IReadOnlyList<WorkEntry> Parse(IReadOnlyList<ResumeLine> lines)
    {
        var anchors = new List<(int Index, DateSpan Span)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBullet || lines[i].Text.Length > 160) continue;
            var span = DateRangeFinder.FindRange(lines[i].Text);
            if (span is not null) anchors.Add((i, span));
        }

        var consumed = new bool[lines.Count];
        var headers = new List<List<string>>();
        for (var a = 0; a < anchors.Count; a++)
        {
            var (index, span) = anchors[a];
            consumed[index] = true;
            var pieces = EntryText.SplitStrongAndAt(EntryText.RemoveSpan(lines[index].Text, span.Index, span.Length)).ToList();
            var lowerBound = a > 0 ? anchors[a - 1].Index : -1;
            var upperBound = a + 1 < anchors.Count ? anchors[a + 1].Index : lines.Count;

            // Header lines above count before a comma split of the date line: "Hospital" / "Registered Nurse, ICU | 2021".
            for (int j = index - 1, taken = 0; j > lowerBound && pieces.Count(p => !IsLocation(p)) < 2 && taken < MaxHeaderLinesEachWay; j--)
            {
                if (lines[j].IsBlank) continue;
                if (consumed[j] || !EntryText.IsHeaderLike(lines[j])) break;
                pieces.InsertRange(0, EntryText.SplitStrongAndAt(lines[j].Text));
                consumed[j] = true;
                taken++;
            }
            for (int j = index + 1, taken = 0; j < upperBound && NamedPieces(pieces) < 2 && taken < MaxHeaderLinesEachWay; j++)
            {
                if (lines[j].IsBlank) continue;
                if (!EntryText.IsHeaderLike(lines[j]) || DateRangeFinder.FindAll(lines[j].Text).Count > 0) break;
                pieces.AddRange(EntryText.SplitStrongAndAt(lines[j].Text));
                consumed[j] = true;
                taken++;
            }
            headers.Add(pieces);
        }

        var entries = new List<WorkEntry>();
        for (var a = 0; a < anchors.Count; a++)
        {
            var (index, span) = anchors[a];
            var (title, company) = ChooseTitleAndCompany(headers[a]);
            if (title is null && company is null) continue;
            var end = a + 1 < anchors.Count ? anchors[a + 1].Index : lines.Count;
            var description = string.Join('\n', Enumerable.Range(index + 1, Math.Max(0, end - index - 1))
                .Where(i => !consumed[i]).Select(i => lines[i].Text));
            entries.Add(new WorkEntry(NormalizeCase(company), NormalizeCase(title), span.Start, span.IsCurrent ? null : span.End, span.IsCurrent)
            {
                Description = description,
            });
        }
        return entries;
    }

    // "Product Manager, Google, Mountain View, CA" already names both title and company.
    private static int NamedPieces(List<string> pieces)
    {
        var named = pieces.Where(p => !IsLocation(p)).ToList();
        return named.Count == 1 && SplitsIntoTitleAndCompany(named[0]) ? 2 : named.Count;
    }

    private static bool SplitsIntoTitleAndCompany(string piece)
    {
        var parts = EntryText.StripTrailingLocation(EntryText.SplitCommas(piece), keep: 1);
        return parts.Count >= 2 && RoleVocabulary.TitleScore(parts[0]) > 0 && RoleVocabulary.TitleScore(parts[1]) == 0;
    }

    private static string[] SplitTitleAndCompany(string piece)
    {
        var parts = EntryText.StripTrailingLocation(EntryText.SplitCommas(piece), keep: 1);
        return [parts[0], string.Join(", ", parts.Skip(1))];
    }

    private static int TitleLikeness(string piece) =>
        RoleVocabulary.TitleScore(piece) - RoleVocabulary.OrganizationScore(piece) + (RoleVocabulary.EndsWithRoleNoun(piece) ? 2 : 0);

    private static bool IsLocation(string piece) =>
        Places.LooksLikeLocation(piece) && RoleVocabulary.OrganizationScore(piece) == 0 && RoleVocabulary.TitleScore(piece) == 0
        && !StartsWithName(piece);

    // "Northwind Traders, Chicago, IL" leads with a company; "Silicon Valley, CA, USA" and "Palo Alto, CA & Ithaca, NY" do not.
    private static bool StartsWithName(string piece)
    {
        var parts = piece.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) return false;
        return !parts[1..^1].Any(p => p.Split(' ', '&').Any(Places.IsRegionOrCountry));
    }

    private static (string? Title, string? Company) ChooseTitleAndCompany(List<string> pieces)
    {
        // "Software Engineer, Siemens AG" next to "Munich" is two pieces; "Registered Nurse, ICU" next to
        // "Northwestern Memorial Hospital" is a title with its unit.
        var named = pieces.Where(p => !IsLocation(p)).ToList();
        named = named.SelectMany(p => named.Count > 1 && SplitsIntoTitleAndCompany(p) && !named.Any(o => o != p && RoleVocabulary.OrganizationScore(o) > 0)
            ? SplitTitleAndCompany(p) : [p]).ToList();
        if (named.Count == 1)
        {
            // "Product Manager, Google, Mountain View, CA": one piece holding everything, split at commas.
            var parts = EntryText.StripTrailingLocation(EntryText.SplitCommas(named[0]), keep: 1);
            if (parts.Count >= 2 && RoleVocabulary.TitleScore(parts[0]) + RoleVocabulary.TitleScore(parts[1]) > 0)
                named = [parts[0], string.Join(", ", parts.Skip(1))];
            else
                return RoleVocabulary.LooksLikeTitle(named[0]) ? (named[0], null) : (null, named[0]);
        }
        if (named.Count == 0) return (null, null);

        var order = Enumerable.Range(0, named.Count).ToList();
        var titleIndex = order.OrderByDescending(i => TitleLikeness(named[i])).ThenBy(i => i).First();
        var companyIndex = order.Where(i => i != titleIndex).OrderBy(i => TitleLikeness(named[i])).ThenBy(i => i).First();
        var title = named[titleIndex];
        var company = named[companyIndex];
        var companyParts = EntryText.StripTrailingLocation(EntryText.SplitCommas(company), keep: 1);
        return (title, string.Join(", ", companyParts));
    }

    // Labels and readers write "FACEBOOK" as "Facebook"; mixed-case text is kept as written.
    internal static string? NormalizeCase(string? text)
    {
        if (text is null || text.Any(char.IsLower) || text.Count(char.IsLetter) <= 4) return text;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
    }
}
