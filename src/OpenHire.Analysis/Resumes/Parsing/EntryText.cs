using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Splitting and trimming of the header lines of work and education entries.</summary>
internal static partial class EntryText
{
    private static readonly HashSet<string> CorporateSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Inc.", "LLC", "L.L.C.", "Ltd", "Ltd.", "Corp", "Corp.", "Co", "Co.", "GmbH", "S.A.", "SA", "SE", "PLC",
        "LLP", "LP", "AG", "B.V.", "BV", "N.V.", "Pty Ltd", "Pvt Ltd", "Pvt. Ltd.", "S.A.S.", "S.L.", "Limited",
    };

    /// <summary>Splits on separators that never occur inside a title or a name: " | ", " • ", tabs, wide gaps.</summary>
    public static IEnumerable<string> SplitStrong(string text) =>
        StrongSeparator().Split(text).Select(Clean).Where(p => p.Length > 0);

    /// <summary>As <see cref="SplitStrong"/>, and also "Engineer at Acme" / "Engineer @ Acme" (not for school names: "University of Illinois at Chicago").</summary>
    public static IEnumerable<string> SplitStrongAndAt(string text) =>
        SplitStrong(text).SelectMany(p => AtSeparator().Split(p)).Select(Clean).Where(p => p.Length > 0);

    /// <summary>Splits on commas, keeping "ABC Company, Inc." together.</summary>
    public static List<string> SplitCommas(string text)
    {
        var parts = new List<string>();
        foreach (var raw in text.Split(','))
        {
            var part = raw.Trim();
            if (part.Length == 0) continue;
            if (parts.Count > 0 && CorporateSuffixes.Contains(part)) parts[^1] = $"{parts[^1]}, {part}";
            else parts.Add(part);
        }
        return parts;
    }

    /// <summary>Drops "Mountain View, CA, USA" from the end of a list of comma parts, keeping at least <paramref name="keep"/> parts.</summary>
    public static List<string> StripTrailingLocation(List<string> parts, int keep)
    {
        var result = parts.ToList();
        var removedRegion = false;
        while (result.Count > keep && Places.IsRegionOrCountry(result[^1]))
        {
            result.RemoveAt(result.Count - 1);
            removedRegion = true;
        }
        // "University of California, Berkeley" names a campus, not a location.
        var isCampus = result.Count >= 2 && result[^2].StartsWith("University of", StringComparison.OrdinalIgnoreCase);
        if (result.Count > keep && (removedRegion || (LooksLikeBareCity(result[^1]) && !isCampus))) result.RemoveAt(result.Count - 1);
        return result;
    }

    /// <summary>"Studio Mahdiya, Rabat": a last part of one or two capitalised words naming no kind of organisation.</summary>
    private static bool LooksLikeBareCity(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower))
            && RoleVocabulary.OrganizationScore(part) == 0 && RoleVocabulary.TitleScore(part) == 0;
    }

    /// <summary>Removes a date match and the separators and empty brackets it leaves behind.</summary>
    public static string RemoveSpan(string text, int index, int length) =>
        Clean(text.Remove(index, length));

    public static string Clean(string text)
    {
        var cleaned = EmptyBrackets().Replace(text, " ");
        cleaned = DateLabel().Replace(cleaned, " ");
        return cleaned.Trim(' ', ',', '|', '-', '–', '—', ':', ';', '•', '·', '(', ')').Trim();
    }

    /// <summary>Short, title-like lines: entry headers rather than sentences of description.</summary>
    public static bool IsHeaderLike(ResumeLine line)
    {
        if (line.IsBullet || line.IsBlank || line.Text.Length > 100 || line.WordCount > 12) return false;
        var text = line.Text;
        // Lower-case starts, wrapped hyphenation and sentence breaks belong to descriptions.
        if (char.IsLower(text[0]) || text.EndsWith('-') || (line.WordCount > 5 && SentenceBreak().IsMatch(text))) return false;
        if (text.EndsWith('.'))
        {
            var lastWord = text.Split(' ', ',')[^1];
            if (!CorporateSuffixes.Contains(lastWord) && lastWord.Length > 4) return false;
        }
        return !SectionSplitter.TryGetHeading(text, out _);
    }

    [GeneratedRegex(@"\s+(?:\||•|·|—|–|-)\s+|\t|\s{3,}")]
    private static partial Regex StrongSeparator();

    [GeneratedRegex(@"\s+(?:@|at)\s+")]
    private static partial Regex AtSeparator();

    [GeneratedRegex(@"[a-z]{3}\. [A-Z]")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\(\s*[-–,]?\s*\)|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\b(expected graduation|graduation|graduated|expected|grad\.|since|dates?)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();
}
