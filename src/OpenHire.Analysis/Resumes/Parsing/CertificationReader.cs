using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Certifications held, one per line of a certifications section, without issuer or exam code.</summary>
internal static partial class CertificationReader
{
    public static IReadOnlyList<string> Read(IEnumerable<ResumeLine> lines, ISkillVocabulary vocabulary) =>
        lines.Where(l => !l.IsBlank && l.Text.Length <= 120 && !Pending().IsMatch(l.Text))
            .Select(l => Clean(l.Text))
            .Where(c => c.Count(char.IsLetter) >= 2)
            .SelectMany(c => IsOnlyKnownSkills(c, vocabulary) ? vocabulary.FindAll(c).Select(m => m.Canonical) : [c])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // "HashiCorp Certified: Vault Associate (003) , HashiCorp" → "HashiCorp Certified: Vault Associate".
    private static string Clean(string line)
    {
        var text = ExamCode().Replace(line, "").Trim();
        foreach (var date in DateRangeFinder.FindAll(text).Reverse()) text = text.Remove(date.Index, date.Length);
        text = EntryText.Clean(text);
        var separator = IssuerSeparator().Matches(text).LastOrDefault();
        if (separator is not null && separator.Index > 0)
        {
            var issuer = text[(separator.Index + separator.Length)..].Trim();
            var name = text[..separator.Index].Trim();
            var issuerNamedInCertificate = issuer.Split(' ', '(', ')').Any(w => w.Length > 2 && name.Contains(w, StringComparison.OrdinalIgnoreCase));
            var issuerIsOrganisation = RoleVocabulary.OrganizationScore(issuer) > 0 && RoleVocabulary.TitleScore(issuer) == 0;
            if (issuerNamedInCertificate || issuerIsOrganisation) text = name;
        }
        return text.Trim(' ', ',', '-');
    }

    // "BLS & ACLS Certified" names two certificates the vocabulary knows; they are listed by their canonical names.
    private static bool IsOnlyKnownSkills(string text, ISkillVocabulary vocabulary)
    {
        var rest = text;
        foreach (var mention in vocabulary.FindAll(text).OrderByDescending(m => m.Index))
            rest = rest.Remove(mention.Index, mention.Length);
        return !LeftoverWord().IsMatch(CertifiedWords().Replace(rest, " "));
    }

    [GeneratedRegex(@"\bcandidate\b|\bin progress\b|\bpursuing\b|\bexpected\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pending();

    [GeneratedRegex(@"\s*,\s*|\s+[-–—]\s+")]
    private static partial Regex IssuerSeparator();

    [GeneratedRegex(@"\s*\(\d{2,4}\)")]
    private static partial Regex ExamCode();

    [GeneratedRegex(@"\b(certified|certification|certificate|and)\b|&", RegexOptions.IgnoreCase)]
    private static partial Regex CertifiedWords();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex LeftoverWord();
}
