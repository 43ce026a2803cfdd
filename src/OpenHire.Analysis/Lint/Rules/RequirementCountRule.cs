using OpenHire.Analysis.Skills;

namespace OpenHire.Analysis.Lint.Rules;

/// <summary>
/// Long must-have lists deter applicants, women most (who tend to apply only when they meet nearly all of them);
/// common guidance keeps must-haves to about five to eight.
/// </summary>
internal sealed class RequirementCountRule : ILintRule
{
    /// <summary>Up to this many required items nothing is said.</summary>
    public const int RecommendedMaxRequiredItems = 8;

    /// <summary>Above this many required items the list likely costs applicants.</summary>
    public const int MaxRequiredItems = 10;

    /// <summary>Above this many distinct required skills the list likely costs applicants.</summary>
    public const int MaxRequiredSkills = 12;

    public void Check(LintDocument document, List<LintFinding> findings)
    {
        var items = document.Job.RequiredQualifications.Count(item => !string.IsNullOrWhiteSpace(item));
        var skills = document.TextsOf(JobField.RequiredQualifications)
            .SelectMany(text => SkillTaxonomy.Default.Find(text.Text).Where(match => !InParentheses(text.Text, match.Start)))
            .Select(match => match.Skill)
            .Distinct()
            .Count();
        const string suggestion = "Keep the must-haves the job cannot be done without and move the rest to preferred qualifications.";

        if (items > MaxRequiredItems || skills > MaxRequiredSkills)
        {
            findings.Add(new LintFinding(
                "requirements.too-many",
                LintSeverity.Warning,
                $"The required list has {items} items and {skills} skills (more than {MaxRequiredItems} items or {MaxRequiredSkills} skills). Long must-have lists discourage qualified applicants, especially women.",
                suggestion,
                JobField.RequiredQualifications,
                null,
                null));
        }
        else if (items > RecommendedMaxRequiredItems)
        {
            findings.Add(new LintFinding(
                "requirements.many",
                LintSeverity.Info,
                $"The required list has {items} items; about {RecommendedMaxRequiredItems} or fewer keeps more qualified people applying.",
                suggestion,
                JobField.RequiredQualifications,
                null,
                null));
        }
    }

    /// <summary>"Python frameworks (Django, FastAPI, or Flask)": what is in brackets is examples or alternatives, not more must-haves.</summary>
    private static bool InParentheses(string text, int index)
    {
        var open = text.LastIndexOf('(', index);
        if (open < 0)
        {
            return false;
        }

        var close = text.IndexOf(')', open);
        return close < 0 || close > index;
    }
}
