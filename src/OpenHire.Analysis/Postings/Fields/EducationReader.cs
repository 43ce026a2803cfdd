using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads the minimum required degree and whether equivalent experience is accepted. The lowest acceptable level
/// of a statement counts ("Master's or PhD" gives master); degrees stated only as preferred give nothing.
/// </summary>
internal static partial class EducationReader
{
    private static readonly (Regex Pattern, EducationLevel Level)[] Levels =
    [
        (HighSchool(), EducationLevel.HighSchool),
        (Associate(), EducationLevel.Associate),
        (Bachelor(), EducationLevel.Bachelor),
        (Master(), EducationLevel.Master),
        (Doctorate(), EducationLevel.Doctorate),
    ];

    public static PostingField<EducationRequirement>? Read(SectionedDocument document, IReadOnlyList<Qualification> scope)
    {
        // Both wordings of NoDegree contain "degree": texts without it are not scanned.
        var noDegree = document.Text.Contains("degree", StringComparison.OrdinalIgnoreCase) ? NoDegree().Match(document.Text) : Match.Empty;
        if (noDegree.Success)
        {
            return new(new EducationRequirement(EducationLevel.None, false), 0.85, noDegree.Index, noDegree.Length);
        }

        PostingField<EducationRequirement>? best = null;
        foreach (var qualification in scope.Where(qualification => !qualification.Preferred))
        {
            var sentence = document.Text.Substring(qualification.Start, qualification.Length);
            foreach (var (pattern, level) in Levels)
            {
                var match = pattern.Match(sentence);
                if (!match.Success)
                {
                    continue;
                }

                if (best is null || level < best.Value.Level)
                {
                    var equivalent = Equivalent().IsMatch(sentence);
                    best = new(new EducationRequirement(level, equivalent), 0.8, qualification.Start + match.Index, match.Length);
                }

                break;
            }
        }

        return best;
    }

    [GeneratedRegex(@"\bno (?:college |university )?degree (?:is )?required\b|\bdegree not required\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoDegree();

    [GeneratedRegex(@"\bhigh[- ]school\b|\bGED\b|\bsecondary school (?:diploma|certificate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HighSchool();

    [GeneratedRegex(@"\bassociate'?s?’?s? degree\b|\bassociates degree\b|\bA\.A\.S?\.?(?=\s|,)|\btwo[- ]year degree\b", RegexOptions.IgnoreCase)]
    private static partial Regex Associate();

    [GeneratedRegex(@"\bbachelor(?:'|’)?s?\b|\bB\.\s?[SA]\.?(?:c\.?)?(?=\s|,|/)|\bBS(?:c)?(?=\s+(?:in|degree)|/)|\bBA(?=\s+(?:in|degree)|/)|\bBSN\b|\bundergraduate degree\b|\b(?:4|four)[- ]year (?:college |university )?degree\b|\b(?:college|university) degree\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bachelor();

    [GeneratedRegex(@"\bmaster(?:'|’)?s\b(?! of ceremon)|\bmaster of\b|\bmaster degree\b|\bM\.\s?[SA]\.?(?:c\.?)?(?=\s|,|/)|\bMSc?(?=\s+(?:in|degree)|/)|\bMBA\b|\bMSN\b|\bgraduate degree\b", RegexOptions.IgnoreCase)]
    private static partial Regex Master();

    [GeneratedRegex(@"\bph\.?\s?d\b|\bdoctorate\b|\bdoctoral degree\b|\bD\.Phil\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"\bor (?:an? )?equivalent\b|\bequivalent (?:\w+ ){0,3}(?:experience|training|combination)\b|\bcomparable (?:\w+ )?experience\b|\bin lieu of\b|\bor (?:relevant|related) (?:work |professional )?experience\b|\bexperience in lieu\b|\bor demonstrated (?:\w+ ){0,2}(?:skill|experience|ability)", RegexOptions.IgnoreCase)]
    private static partial Regex Equivalent();
}
