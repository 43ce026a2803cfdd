using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Profile;
using PhoneNumbers;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Finds the e-mail address, phone number, profile links and location, mostly in the header.</summary>
internal static partial class ContactParser
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private static readonly string[] ProfileHosts =
    [
        "linkedin.", "github.", "gitlab.", "bitbucket.", "twitter.", "x.com", "behance.", "dribbble.", "medium.",
        "stackoverflow.", "youtube.", "quora.", "facebook", "kaggle.", "instagram.",
    ];

    public static string? FindEmail(string text)
    {
        var match = Email().Match(text);
        return match.Success ? match.Value.TrimEnd('.') : null;
    }

    /// <summary>The first phone-like run of digits that libphonenumber accepts as a possible number.</summary>
    public static PhoneNumberValue? FindPhone(IEnumerable<string> lines, string defaultRegion = "US")
    {
        foreach (var line in lines)
        {
            foreach (Match match in PhoneCandidate().Matches(line))
            {
                var candidate = match.Value.Trim();
                if (IsLabelledAsOtherNumber(line, match.Index) || LooksLikeYearRange(candidate)) continue;
                var digits = candidate.Count(char.IsDigit);
                if (digits is < 7 or > 15) continue;
                var hasFormatting = candidate.Any(c => c is ' ' or '-' or '.' or '(' or '+');
                if (!hasFormatting && !PhoneLabel().IsMatch(line[..match.Index])) continue;
                var parsed = TryParse(candidate, defaultRegion);
                if (parsed is null) continue;
                return new PhoneNumberValue(candidate, Phones.Format(parsed, PhoneNumberFormat.E164));
            }
        }
        return null;
    }

    private static PhoneNumber? TryParse(string candidate, string defaultRegion)
    {
        // "(+82) 10-..." puts the country code in parentheses, which the parser does not expect.
        var input = candidate.StartsWith("(+", StringComparison.Ordinal) ? "+" + candidate[2..].Replace(")", " ") : candidate;
        try
        {
            var number = Phones.Parse(input, defaultRegion);
            return Phones.IsPossibleNumber(number) ? number : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static bool IsLabelledAsOtherNumber(string line, int index)
    {
        var before = line[..index].TrimEnd(' ', ':', '#').Split(' ', '|', '•').LastOrDefault() ?? "";
        return before.ToUpperInvariant() is "NPI" or "ID" or "SSN" or "GPA" or "ZIP" or "LICENSE" or "NO" or "NO.";
    }

    // "2015 - 2019", "(2020 – 2023)", "2019.2021": two years, not a phone number.
    private static bool LooksLikeYearRange(string candidate) => YearRange().IsMatch(candidate.Trim('(', ')', ' '));

    /// <summary>Profile and portfolio links: URLs written in the header or links sections, and PDF link targets to known profile sites.</summary>
    public static IReadOnlyList<string> FindLinks(IEnumerable<string> headerLines, IReadOnlyList<string> hyperlinks)
    {
        var links = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var headerText = string.Join('\n', headerLines);
        foreach (var target in hyperlinks)
        {
            if (!target.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !target.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) continue;
            var key = LinkKey(target);
            var host = key.Split('/')[0];
            var isProfile = ProfileHosts.Any(p => host.Contains(p, StringComparison.OrdinalIgnoreCase));
            if ((isProfile || headerText.Contains(host, StringComparison.OrdinalIgnoreCase)) && seen.Add(key))
                links.Add(target.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "http://" + target : target);
        }
        foreach (Match match in WrittenUrl().Matches(headerText))
        {
            var url = match.Value.TrimEnd('.', ',', ')', ';');
            if (seen.Add(LinkKey(url)))
                links.Add(url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? url : "https://" + url);
        }
        return links;
    }

    private static string LinkKey(string url)
    {
        var key = SchemePrefix().Replace(url.Trim(), "");
        if (key.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) key = key[4..];
        return key.TrimEnd('/').ToLowerInvariant();
    }

    /// <summary>The candidate's own city and region or country, from the header; never a street line or a template placeholder.</summary>
    public static string? FindLocation(IEnumerable<string> headerLines)
    {
        foreach (var line in headerLines)
        {
            foreach (var rawPiece in FieldSeparator().Split(line))
            {
                var piece = LocationLabel().Replace(rawPiece.Trim(), "").Trim();
                if (piece.Length == 0 || piece.Contains('@') || piece.Contains("://")) continue;
                var parts = piece.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
                // A street line ("123 Main St, Anytown, USA") keeps only what follows the street.
                while (parts.Count > 1 && parts[0].Any(char.IsDigit)) parts.RemoveAt(0);
                if (parts.Count == 0) continue;
                parts[^1] = ZipCode().Replace(parts[^1], "").Trim();
                var candidate = string.Join(", ", parts);
                if (parts.Count >= 2 && Places.LooksLikeLocation(candidate))
                    return Places.IsPlaceholder(candidate) ? null : candidate;
            }
        }
        return null;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w@/.])(?:\(\+?\d{1,4}\)|\+)?\s?\(?\d[\d\s().\-]{5,20}\d(?![\w@])")]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"(phone|tel|mobile|cell|contact|ph)\.?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneLabel();

    [GeneratedRegex(@"^(19|20)\d{2}\s*[-–—./]?\s*(19|20)\d{2}$")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<![@\w.])(?:https?://[^\s|,;<>""]+|www\.[^\s|,;<>""]+|(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|me|co|ai|app|xyz|site|page)(?:/[^\s|,;<>""]*)?)(?![\w@])", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenUrl();

    [GeneratedRegex(@"^https?://", RegexOptions.IgnoreCase)]
    private static partial Regex SchemePrefix();

    [GeneratedRegex(@"\s*(?:\||•|·|;|—|\s{2,}|\t)\s*")]
    private static partial Regex FieldSeparator();

    [GeneratedRegex(@"^(location|address|based in|city)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LocationLabel();

    [GeneratedRegex(@"\s+\d{4,6}(-\d{4})?$")]
    private static partial Regex ZipCode();
}
