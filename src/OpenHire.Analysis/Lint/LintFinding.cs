namespace OpenHire.Analysis.Lint;

/// <summary>How much a finding matters.</summary>
public enum LintSeverity
{
    /// <summary>A suggestion.</summary>
    Info,

    /// <summary>Likely to cost applicants or invite complaints.</summary>
    Warning,

    /// <summary>Unlawful or plainly wrong; fix before publishing.</summary>
    Error,
}

/// <summary>The part of a job a finding is about.</summary>
public enum JobField
{
    /// <summary><see cref="JobForLint.Title"/>.</summary>
    Title,

    /// <summary><see cref="JobForLint.Summary"/>.</summary>
    Summary,

    /// <summary><see cref="JobForLint.Responsibilities"/>.</summary>
    Responsibilities,

    /// <summary><see cref="JobForLint.RequiredQualifications"/>.</summary>
    RequiredQualifications,

    /// <summary><see cref="JobForLint.PreferredQualifications"/>.</summary>
    PreferredQualifications,

    /// <summary><see cref="JobForLint.Benefits"/>.</summary>
    Benefits,

    /// <summary><see cref="JobForLint.Culture"/>.</summary>
    Culture,

    /// <summary><see cref="JobForLint.EqualOpportunityStatement"/>.</summary>
    EqualOpportunityStatement,

    /// <summary><see cref="JobForLint.HowToApply"/>.</summary>
    HowToApply,

    /// <summary><see cref="JobForLint.Locations"/>.</summary>
    Locations,

    /// <summary><see cref="JobForLint.Salary"/>.</summary>
    Salary,
}

/// <summary>A stretch of text: for a linted posting it indexes <see cref="Postings.PostingReadResult.Text"/>; for a <see cref="JobForLint"/>, the field's string or list item.</summary>
public readonly record struct LintSpan(int Start, int Length);

/// <summary>
/// Something a recruiter can fix. <see cref="RuleId"/> is stable ("wording.masculine-coded"), <see cref="Field"/> and
/// <see cref="ItemIndex"/> say where (the index in a list field, 0 for text fields), and <see cref="Span"/> marks the
/// offending text when there is one.
/// </summary>
public sealed record LintFinding(string RuleId, LintSeverity Severity, string Message, string? Suggestion, JobField? Field, int? ItemIndex, LintSpan? Span);
