using System.Text;
using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Lint.Rules;

/// <summary>Titles that job boards and applicants handle badly: missing, shouted, decorated, or carrying internal codes.</summary>
internal sealed partial class TitleRule : ILintRule
{
    /// <summary>A shouted title has an all-capital word at least this long; shorter ones are acronyms ("AWS SRE").</summary>
    private const int ShoutedWordLength = 5;

    public void Check(LintDocument document, List<LintFinding> findings)
    {
        var title = document.TextsOf(JobField.Title).FirstOrDefault();
        if (title is null)
        {
            findings.Add(new LintFinding("title.missing", LintSeverity.Warning, "The job has no title.", "Add the job title applicants would search for.", JobField.Title, null, null));
            return;
        }

        if (IsShouted(title.Text))
        {
            findings.Add(title.Finding("title.all-caps", LintSeverity.Warning, "The title is in capitals; boards and readers treat it as shouting.",
                "Write the title in title case, e.g. \"Senior Backend Engineer\".", 0, title.Text.Length));
        }

        if (FirstEmoji(title.Text) is { } emoji)
        {
            findings.Add(title.Finding("title.emoji", LintSeverity.Warning, "The title contains an emoji; job boards search and display titles as plain text.",
                "Remove the emoji from the title.", emoji.Start, emoji.Length));
        }

        if (InternalCode().Match(title.Text) is { Success: true } code)
        {
            findings.Add(title.Finding("title.internal-code", LintSeverity.Warning, $"The title contains an internal code (\"{code.Value.Trim()}\") that means nothing to applicants and hurts search.",
                "Move requisition numbers and codes out of the title.", code.Index, code.Length));
        }
    }

    private static bool IsShouted(string title) =>
        !title.Any(char.IsLower)
        && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2
        && Regex.IsMatch(title, $@"\p{{Lu}}{{{ShoutedWordLength},}}");

    private static (int Start, int Length)? FirstEmoji(string title)
    {
        var index = 0;
        foreach (var rune in title.EnumerateRunes())
        {
            if (IsEmoji(rune))
            {
                return (index, rune.Utf16SequenceLength);
            }

            index += rune.Utf16SequenceLength;
        }

        return null;
    }

    /// <summary>Pictographs (U+1F000 and up) and the older symbol blocks most emoji live in (U+2600-27BF).</summary>
    private static bool IsEmoji(Rune rune) =>
        rune.Value >= 0x1F000 || (rune.Value is >= 0x2600 and <= 0x27BF);

    /// <summary>"(Req #1234)", "Requisition ID: R-0042", "Job ID 5531", "#20931", "[12345]".</summary>
    [GeneratedRegex(@"(?:[\(\[]\s*)?\b(?:req(?:uisition)?|job|position|ref(?:erence)?)\b\.?\s*(?:#|\bid\b|\bno\b\.?|\bnumber\b)?\s*:?\s*#?\s*[A-Z]{0,5}-?\d{3,}[A-Z0-9-]*(?:\s*[\)\]])?|#\s?\d{3,}|[\(\[]\s*\d{4,}\s*[\)\]]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternalCode();
}
