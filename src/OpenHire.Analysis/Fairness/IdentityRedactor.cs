using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Fairness;

/// <summary>
/// Hides who a candidate is from reviewers in blind review: name, contact details, address, links,
/// graduation years and gendered words. What the work was, where and for how long stays readable.
/// </summary>
public static partial class IdentityRedactor
{
    public const string Hidden = "[hidden]";

    /// <summary>The profile without identity: no name, contact, location or links, and education without years.</summary>
    public static ResumeProfile RedactProfile(ResumeProfile profile, IEnumerable<string>? names = null)
    {
        var hide = NameParts([profile.Name, .. names ?? []]);
        return profile with
        {
            Name = null,
            Email = null,
            Phone = null,
            Location = null,
            Links = [],
            Work = profile.Work.Select(w => w with { Description = RedactText(w.Description, hide) }).ToList(),
            Education = profile.Education.Select(e => e with { End = null }).ToList(),
        };
    }

    /// <summary>The text with emails, phone numbers, links, the given names and gendered words replaced.</summary>
    public static string RedactText(string text, IEnumerable<string?> names)
    {
        var result = Email().Replace(text, Hidden);
        result = Link().Replace(result, Hidden);
        result = Phone().Replace(result, m => IsPhoneNumber(m.Value) ? Hidden : m.Value);
        foreach (var name in NameParts(names))
            result = Regex.Replace(result, $@"\b{Regex.Escape(name)}\b", Hidden, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        // "She has" becomes "They have", not "They has".
        result = PronounVerb().Replace(result, m => m.Groups[1].Value + " " + Plural(m.Groups[2].Value));
        return Gendered().Replace(result, m => Neutral(m.Value));
    }

    // Seven or more digits, but not a range of years ("2015 - 2019").
    static bool IsPhoneNumber(string match)
    {
        var groups = Regex.Split(match, @"\D+").Where(g => g.Length > 0).ToList();
        return groups.Sum(g => g.Length) >= 7 && !groups.All(g => g.Length == 4 && (g.StartsWith("19") || g.StartsWith("20")));
    }

    // Parts of a name long enough to be the person's ("Ada", "Lovelace"), never initials.
    static List<string> NameParts(IEnumerable<string?> names) =>
        names.OfType<string>().SelectMany(n => n.Split([' ', ',', '.', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    static string Plural(string verb) => verb.ToLowerInvariant() switch
    {
        "has" => "have",
        "is" => "are",
        "was" => "were",
        "does" => "do",
        _ => verb,
    };

    static string Neutral(string word)
    {
        var neutral = word.ToLowerInvariant() switch
        {
            "he" or "she" => "they",
            "him" => "them",
            "his" or "her" => "their",
            "hers" => "theirs",
            "himself" or "herself" => "themself",
            "mr" or "mrs" or "ms" or "mx" or "miss" or "mr." or "mrs." or "ms." or "mx." => "",
            _ => Hidden,
        };
        return char.IsUpper(word[0]) && neutral.Length > 0 && neutral != Hidden ? char.ToUpperInvariant(neutral[0]) + neutral[1..] : neutral;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(https?://\S+|www\.\S+|(linkedin|github|gitlab|twitter|x|facebook|instagram)\.com/\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    // Digits with the separators phone numbers use; IsPhoneNumber decides.
    [GeneratedRegex(@"(?<!\w)\+?\(?\d[\d\s().-]{6,}\d(?!\w)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(he|she)\s+(has|is|was|does)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounVerb();

    [GeneratedRegex(@"\b(?:(?:mrs?|ms|mx)\b\.?|(?:he|she|him|his|her|hers|himself|herself|miss|male|female|man|woman|men|women|husband|wife|mother|father|son|daughter|boy|girl|gentleman|lady|brother|sister|fraternity|sorority|maternity|paternity)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Gendered();
}
