using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>The candidate's name: the first line of the header that reads like a person's name.</summary>
internal static partial class NameFinder
{
    // Lower-case words inside names: "Ludwig van Beethoven", "María de la Cruz".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "da", "das", "do", "dos", "del", "della", "la", "le", "di", "du", "der", "den", "ter", "ten", "bin", "binti", "al", "el", "y", "e",
    };

    public static string? Find(IReadOnlyList<ResumeLine> headerLines)
    {
        var lines = headerLines.Where(l => !l.IsBlank).Take(8).Select(l => l.Text).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var candidate = StripCredentials(Honorific().Replace(FieldSeparator().Split(lines[i])[0].Trim(), ""));
            if (!IsNameLike(candidate)) continue;
            // Some templates set first and last name on lines of their own, in different sizes.
            if (candidate.Split(' ').Length == 1 && i + 1 < lines.Count)
            {
                var next = StripCredentials(lines[i + 1].Trim());
                if (IsNameLike(next) && next.Split(' ').Length <= 2) candidate = $"{candidate} {next}";
                else continue;
            }
            return NormalizeCase(candidate);
        }
        return null;
    }

    private static bool IsNameLike(string text)
    {
        if (text.Length is < 2 or > 50 || text.Any(char.IsDigit) || text.Contains('@') || text.Contains("://")) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5) return false;
        if (SectionSplitter.TryGetHeading(text, out _) || RoleVocabulary.LooksLikeTitle(text)) return false;
        if (NotNames().IsMatch(text)) return false;
        return char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
            && words.All(w => (char.IsUpper(w[0]) || Particles.Contains(w)) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.' or '’'));
    }

    // "Elijah Brooks, RN" and "Jane Doe, PhD" carry credentials after a comma.
    private static string StripCredentials(string text)
    {
        var comma = text.IndexOf(',');
        return comma > 0 ? text[..comma].Trim() : text;
    }

    private static string NormalizeCase(string name) =>
        name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

    [GeneratedRegex(@"\b(resume|résumé|curriculum|vitae|cv|page|updated|contact|profile|portfolio)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotNames();

    [GeneratedRegex(@"^(dr|mr|mrs|ms|miss|prof)\.?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\s+(?:\||•|·|—|–)\s+")]
    private static partial Regex FieldSeparator();
}
