using System.Collections.Frozen;

namespace OpenHire.Analysis.Postings;

/// <summary>
/// Tells whether a text is likely English from the share of its words that are very common English words;
/// the reader's rules are English, so elsewhere its confidence drops.
/// </summary>
internal static class LanguageCheck
{
    private const int MinWords = 40;
    private const double MinCommonShare = 0.08;

    private static readonly FrozenSet<string> CommonWords = new[]
    {
        "the", "and", "to", "of", "a", "in", "you", "we", "with", "for", "our", "is", "are", "will", "be", "on", "as", "your", "or",
        "an", "this", "that", "have", "experience", "work", "team", "at", "by", "from", "who", "what", "skills", "years",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Longer words cannot be common ones and are not looked up.</summary>
    private static readonly int LongestCommonWord = CommonWords.Max(word => word.Length);

    public static bool LooksEnglish(string text)
    {
        var words = 0;
        var common = 0;
        var lookup = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                i++;
            }

            words++;
            if (i - start <= LongestCommonWord && lookup.Contains(span[start..i]))
            {
                common++;
            }

            // The rest holds at most one word per two characters: once the common words reach their share of that
            // many words, no more text can change the answer.
            if (words >= MinWords && common >= (words + (span.Length - i + 1) / 2) * MinCommonShare)
            {
                return true;
            }
        }

        return words < MinWords || common >= words * MinCommonShare;
    }
}
