using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;
using OpenHire.Analysis.Skills;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads required and preferred skills from the qualification sentences with the taxonomy. A degree's field of
/// study ("Bachelor's in Computer Science") is not a skill; a skill both required and preferred is required.
/// </summary>
internal static partial class SkillListReader
{
    public static (IReadOnlyList<PostingField<Skill>> Required, IReadOnlyList<PostingField<Skill>> Preferred) Read(
        SectionedDocument document, IReadOnlyList<Qualification> scope, SkillTaxonomy taxonomy)
    {
        var required = new List<PostingField<Skill>>();
        var preferred = new List<PostingField<Skill>>();
        var requiredSkills = new HashSet<Skill>();
        var preferredSkills = new HashSet<Skill>();
        foreach (var qualification in scope)
        {
            if (qualification.IsHeading)
            {
                continue;
            }

            var sentence = document.Text.Substring(qualification.Start, qualification.Length);
            var matches = taxonomy.Find(sentence);
            if (matches.Count == 0)
            {
                continue;
            }

            var degree = DegreeField().Match(sentence);
            var (target, seen) = qualification.Preferred ? (preferred, preferredSkills) : (required, requiredSkills);
            foreach (var match in matches)
            {
                // The first mention of each skill is kept.
                if ((!degree.Success || match.Start < degree.Index) && seen.Add(match.Skill))
                {
                    target.Add(new PostingField<Skill>(match.Skill, 0.8, qualification.Start + match.Start, match.Length));
                }
            }
        }

        preferred.RemoveAll(field => requiredSkills.Contains(field.Value));
        return (required, preferred);
    }

    /// <summary>From a degree to the end of the sentence: "Bachelor's degree in Computer Science or equivalent".</summary>
    [GeneratedRegex(@"\b(?:degree|bachelor|master(?:'|’)?s|ph\.?d|diploma|B\.?S\.?c?|M\.?S\.?c?|B\.?A\.?|MBA)\b(?:'|’)?s?\s+(?:(?:degree|program|programme)\s+)?(?:in|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeField();
}
