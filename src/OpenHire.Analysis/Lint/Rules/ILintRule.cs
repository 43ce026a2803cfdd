namespace OpenHire.Analysis.Lint.Rules;

/// <summary>One check. Rules are stateless and add their findings to the list they are given.</summary>
internal interface ILintRule
{
    void Check(LintDocument document, List<LintFinding> findings);
}
