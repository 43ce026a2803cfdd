namespace OpenHire.Analysis.Lint.Rules;

/// <summary>A word of a text, lower-cased, at <see cref="Start"/> for <see cref="Length"/> characters.</summary>
internal readonly record struct WordToken(string Word, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>
    /// Splits text into words: letters and digits, keeping inner apostrophes ("don't"). Hyphens and slashes split
    /// words, so "able-bodied" and "able bodied" read the same.
    /// </summary>
    public static List<WordToken> Split(string text)
    {
        var tokens = new List<WordToken>();
        var index = 0;
        while (index < text.Length)
        {
            if (!char.IsLetterOrDigit(text[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (index < text.Length && (char.IsLetterOrDigit(text[index]) || IsInnerApostrophe(text, index)))
            {
                index++;
            }

            tokens.Add(new WordToken(text[start..index].ToLowerInvariant(), start, index - start));
        }

        return tokens;
    }

    private static bool IsInnerApostrophe(string text, int index) =>
        text[index] is '\'' or '\u2019' && index > 0 && index + 1 < text.Length && char.IsLetter(text[index - 1]) && char.IsLetter(text[index + 1]);
}
