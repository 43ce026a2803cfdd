using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Lint.Rules;

/// <summary>An equal-opportunity statement, in its own field or anywhere in the text (many postings fold it into the last paragraph).</summary>
internal sealed partial class EqualOpportunityRule : ILintRule
{
    public void Check(LintDocument document, List<LintFinding> findings)
    {
        if (!string.IsNullOrWhiteSpace(document.Job.EqualOpportunityStatement) || document.Texts.Any(text => StatementWording().IsMatch(text.Text)))
        {
            return;
        }

        findings.Add(new LintFinding(
            "eeo.missing",
            LintSeverity.Warning,
            "There is no equal-opportunity statement. It tells under-represented applicants they are welcome and is expected of US federal contractors.",
            "Add, for example: \"We are an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.\"",
            JobField.EqualOpportunityStatement,
            null,
            null));
    }

    [GeneratedRegex(@"\b(?:equal\s+(?:employment\s+)?opportunit(?:y|ies)|EEOC?\b|affirmative\s+action|without\s+regard\s+to|do(?:es)?\s+not\s+discriminate|regardless\s+of\s+(?:race|gender|sex|age|religion|national\s+origin|disability))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementWording();
}
