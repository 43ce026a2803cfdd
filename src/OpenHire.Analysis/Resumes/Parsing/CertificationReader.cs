using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Certifications held, one per line of a certifications section, without issuer or exam code.</summary>
internal static partial class CertificationReader
{
    public static IReadOnlyList<string> Read(IEnumerable<ResumeLine> lines, ISkillVocabulary vocabulary) =>
        lines.Where(l => !l.IsBlank && l.Text.Length <= 120 && !Pending().IsMatch(l.Text))
            .Select(l => Clean(l.Text))
            .Where(c => c.Count(char.IsLetter) >= 3 && !IsOnlyKnownSkills(c, vocabulary))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // "HashiCorp Certified: Vault Associate (003) , HashiCorp" → "HashiCorp Certified: Vault Associate".
    private static string Clean(string line)
    {
        var text = ExamCode().Replace(line, "").Trim();
        var comma = text.LastIndexOf(',');
        if (comma > 0)
        {
            var issuer = text[(comma + 1)..].Trim();
            var name = text[..comma].Trim();
            var issuerNamedInCertificate = issuer.Split(' ', '(', ')').Any(w => w.Length > 2 && name.Contains(w, StringComparison.OrdinalIgnoreCase));
            var issuerIsOrganisation = RoleVocabulary.OrganizationScore(issuer) > 0 && RoleVocabulary.TitleScore(issuer) == 0;
            if (issuerNamedInCertificate || issuerIsOrganisation) text = name;
        }
        return text.Trim(' ', ',', '-');
    }

    // "BLS & ACLS Certified" lists skills the vocabulary already knows; it adds no certificate name.
    private static bool IsOnlyKnownSkills(string text, ISkillVocabulary vocabulary)
    {
        var rest = text;
        foreach (var mention in vocabulary.FindAll(text).OrderByDescending(m => m.Index))
            rest = rest.Remove(mention.Index, mention.Length);
        return !LeftoverWord().IsMatch(CertifiedWords().Replace(rest, " "));
    }

    [GeneratedRegex(@"\bcandidate\b|\bin progress\b|\bpursuing\b|\bexpected\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pending();

    [GeneratedRegex(@"\s*\(\d{2,4}\)")]
    private static partial Regex ExamCode();

    [GeneratedRegex(@"\b(certified|certification|certificate|and)\b|&", RegexOptions.IgnoreCase)]
    private static partial Regex CertifiedWords();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex LeftoverWord();
}
