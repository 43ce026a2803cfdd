using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads the minimum years of experience: the largest stated minimum among required statements ("7+ years
/// backend; 4+ years Go" gives 7), the lower bound of a range. Years stated only as preferred give nothing.
/// </summary>
internal static partial class ExperienceReader
{
    public static PostingField<int>? Read(SectionedDocument document, IReadOnlyList<Qualification> scope)
    {
        PostingField<int>? best = null;
        foreach (var qualification in scope)
        {
            if (qualification.Preferred || !MentionsYears(document.Text.AsSpan(qualification.Start, qualification.Length)))
            {
                continue;
            }

            for (var match = Years().Match(document.Text, qualification.Start, qualification.Length); match.Success; match = match.NextMatch())
            {
                if (Numbers.Parse(match.Groups["years"].Value) is not { } years || years is < 1 or > 30)
                {
                    continue;
                }

                if (best is null || years > best.Value)
                {
                    best = new PostingField<int>((int)years, 0.85, match.Index, match.Length);
                }
            }
        }

        return best;
    }

    /// <summary>Every match of <see cref="Years"/> contains "year" or "yr"; sentences without either are not scanned.</summary>
    private static bool MentionsYears(ReadOnlySpan<char> sentence) =>
        sentence.Contains("yr", StringComparison.OrdinalIgnoreCase) || sentence.Contains("year", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<years>" + Numbers.CountPattern + @")(?:\s*\(\d{1,2}\))?\s*(?:\+|plus)?\s*(?:(?:-|–|to|or)\s*(?:" + Numbers.CountPattern + @")\s*\+?\s*)?(?:years?|yrs?)\b(?:'|’)?\s*(?!old|of age|in business|ago)(?=(?:(?:of|in|with|as|working|building|developing|designing|leading|managing|professional|hands-on|industry|relevant|related|recent|current|combined|total|direct|progressive|prior|practical|specialized|specialised|full-time|post-graduate|paid|commercial|production|proven|demonstrated|successful|\w+)\s+){0,6}\S*\s*(?:experience|experienced|background|track record)|\s+(?:of|working|building|developing|leading|managing|in|as|with|using)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Years();
}
