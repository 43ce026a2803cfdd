namespace OpenHire.Analysis.Postings.Fields;

/// <summary>A sentence of the text, by position.</summary>
internal readonly record struct Sentence(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Splits text into sentences at line breaks and at ". ", "! ", "? ", "; " (not inside "e.g." or "3.5").</summary>
internal static class Sentences
{
    public static IEnumerable<Sentence> Of(string text, int start = 0, int length = -1)
    {
        var end = length < 0 ? text.Length : start + length;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            if (EndsAt(text, i, end))
            {
                if (i > sentenceStart)
                {
                    yield return new Sentence(sentenceStart, i + 1 - sentenceStart);
                }

                sentenceStart = i + 1;
            }
        }

        if (end > sentenceStart)
        {
            yield return new Sentence(sentenceStart, end - sentenceStart);
        }
    }

    /// <summary>The sentence that contains <paramref name="index"/>.</summary>
    public static Sentence Around(string text, int index)
    {
        var start = index;
        while (start > 0 && !EndsAt(text, start - 1, text.Length))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && !EndsAt(text, end, text.Length))
        {
            end++;
        }

        return new Sentence(start, Math.Min(text.Length, end + 1) - start);
    }

    private static bool EndsAt(string text, int i, int end) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' or ';' && i + 1 < end && text[i + 1] == ' ' && !IsAbbreviation(text, i));

    /// <summary>"e.g.", "i.e.", "U.S." and single initials do not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot) =>
        text[dot] == '.' && dot >= 2 && (text[dot - 2] == '.' || !char.IsLetter(text[dot - 2])) && char.IsLetter(text[dot - 1]);
}
