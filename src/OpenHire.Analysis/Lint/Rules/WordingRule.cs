using OpenHire.Analysis.Lint.Data;

namespace OpenHire.Analysis.Lint.Rules;

/// <summary>Gender-coded, ageist, ableist and exclusionary wording from <c>wording.json</c>, with alternatives.</summary>
internal sealed class WordingRule : ILintRule
{
    private static readonly Lazy<PhraseMatcher> Matcher = new(() => new PhraseMatcher(LintData.Wording));

    public void Check(LintDocument document, List<LintFinding> findings)
    {
        HashSet<string>? wordsInPosting = null;
        foreach (var text in document.Texts)
        {
            foreach (var match in Matcher.Value.Find(text.Text, WordToken.Split(text.Text)))
            {
                var entry = match.Entry;
                if (entry.OnlyIn is { } fields && !fields.Contains(text.Field))
                {
                    continue;
                }

                if (entry.NotBefore is { } harmlessBefore && match.NextWord is { } next && harmlessBefore.Contains(next.Word, StringComparer.Ordinal))
                {
                    continue;
                }

                if (entry.UnlessAnywhere is { } defusers && (wordsInPosting ??= WordsIn(document)).Overlaps(defusers))
                {
                    continue;
                }

                var found = text.Text.Substring(match.Start, match.Length);
                findings.Add(text.Finding(
                    $"wording.{entry.Category}",
                    entry.Severity,
                    $"\"{found}\" is {entry.Category} wording. {entry.Note}",
                    entry.Alternatives.Count > 0 ? $"Consider: {string.Join("; ", entry.Alternatives)}." : null,
                    match.Start,
                    match.Length));
            }
        }
    }

    private static HashSet<string> WordsIn(LintDocument document) =>
        document.Texts.SelectMany(text => WordToken.Split(text.Text)).Select(token => token.Word).ToHashSet(StringComparer.Ordinal);
}
