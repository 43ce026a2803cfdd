namespace OpenHire.Analysis.Lint;

/// <summary>
/// One string of the job: a text field or a list item. <see cref="Offset"/> is where it starts in the pasted
/// posting (0 for a structured job), so a match at <c>i</c> is reported at <c>Offset + i</c>.
/// </summary>
internal sealed record LintText(JobField Field, int ItemIndex, string Text, int Offset)
{
    public LintFinding Finding(string ruleId, LintSeverity severity, string message, string? suggestion, int start, int length) =>
        new(ruleId, severity, message, suggestion, Field, ItemIndex, new LintSpan(Offset + start, length));
}
