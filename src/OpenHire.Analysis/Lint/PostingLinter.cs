using OpenHire.Analysis.Lint.Rules;
using OpenHire.Analysis.Postings;

namespace OpenHire.Analysis.Lint;

/// <summary>
/// Checks a job posting for problems a recruiter can fix: missing pay where the law requires it, no
/// equal-opportunity statement, exclusionary wording, impossible experience demands, overlong requirement lists
/// and title problems. The rules and their data are described in docs/posting-lint.md. Thread-safe; the data is
/// loaded once, on first use.
/// </summary>
public static class PostingLinter
{
    private static readonly ILintRule[] Rules =
    [
        new PayTransparencyRule(),
        new EqualOpportunityRule(),
        new WordingRule(),
        new ImpossibleExperienceRule(),
        new RequirementCountRule(),
        new LocationRule(),
        new TitleRule(),
    ];

    /// <summary>Lints a pasted posting; spans index into <see cref="PostingReadResult.Text"/>.</summary>
    /// <param name="read">The posting as read by <see cref="PostingReader.Read(string, PostingFormat?)"/>.</param>
    /// <param name="asOf">The date laws and technology ages are judged at; today (UTC) when null.</param>
    public static IReadOnlyList<LintFinding> Lint(PostingReadResult read, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Run(LintDocument.FromPosting(read, asOf ?? Today()));
    }

    /// <summary>Lints a job as the web app stores it; spans index into the field string or list item they name.</summary>
    /// <param name="job">The job.</param>
    /// <param name="asOf">The date laws and technology ages are judged at; today (UTC) when null.</param>
    public static IReadOnlyList<LintFinding> Lint(JobForLint job, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Run(LintDocument.FromJob(job, asOf ?? Today()));
    }

    /// <summary>The structured job a pasted posting maps onto, e.g. to prefill the web app's job form.</summary>
    public static JobForLint ToJob(PostingReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return PostingToJob.Map(read).Job;
    }

    private static List<LintFinding> Run(LintDocument document)
    {
        var findings = new List<LintFinding>();
        foreach (var rule in Rules)
        {
            rule.Check(document, findings);
        }

        // Most severe first, then by field and position; OrderBy is stable, so ties keep rule order.
        return findings
            .OrderByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.Field)
            .ThenBy(finding => finding.ItemIndex ?? -1)
            .ThenBy(finding => finding.Span?.Start ?? -1)
            .ToList();
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}
