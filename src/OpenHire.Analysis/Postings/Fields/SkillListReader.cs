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
        foreach (var qualification in scope.Where(qualification => !qualification.IsHeading))
        {
            var sentence = document.Text.Substring(qualification.Start, qualification.Length);
            var degree = DegreeField().Match(sentence);
            var target = qualification.Preferred ? preferred : required;
            foreach (var match in taxonomy.Find(sentence))
            {
                if (degree.Success && match.Start >= degree.Index)
                {
                    continue;
                }

                target.Add(new PostingField<Skill>(match.Skill, 0.8, qualification.Start + match.Start, match.Length));
            }
        }

        var requiredSkills = Distinct(required);
        var requiredSet = requiredSkills.Select(field => field.Value).ToHashSet();
        return (requiredSkills, Distinct(preferred).Where(field => !requiredSet.Contains(field.Value)).ToList());
    }

    private static List<PostingField<Skill>> Distinct(List<PostingField<Skill>> fields) =>
        fields.GroupBy(field => field.Value).Select(group => group.First()).ToList();

    /// <summary>From a degree to the end of the sentence: "Bachelor's degree in Computer Science or equivalent".</summary>
    [GeneratedRegex(@"\b(?:degree|bachelor|master(?:'|’)?s|ph\.?d|diploma|B\.?S\.?c?|M\.?S\.?c?|B\.?A\.?|MBA)\b(?:'|’)?s?\s+(?:(?:degree|program|programme)\s+)?(?:in|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeField();
}
