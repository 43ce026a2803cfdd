using System.Text.RegularExpressions;
using OpenHire.Analysis.Text;

namespace OpenHire.Analysis.Postings.Document;

/// <summary>
/// Decides which paragraphs are headings when the markup does not say: a short line ending in ':', a short
/// line in capitals or all in bold, or a short Title Case line that names a known kind of section.
/// </summary>
internal static partial class HeadingDetector
{
    private const int MaxHeadingLength = 90;
    private const int MaxHeadingWords = 12;

    public static bool IsHeading(TextBlock block, ReadOnlySpan<char> text)
    {
        if (block.Kind == BlockKind.Heading)
        {
            return true;
        }

        if (block.Kind != BlockKind.Paragraph || text.Length > MaxHeadingLength)
        {
            return false;
        }

        var words = CountWords(text);
        if (words == 0 || words > MaxHeadingWords)
        {
            return false;
        }

        var colon = text.IndexOf(':');
        if (colon >= 0 && colon < text.Length - 1)
        {
            return false; // "Location: Boston" is a fact, not a heading
        }

        if (colon == text.Length - 1 || block.Emphasized || IsUpperCase(text))
        {
            return true;
        }

        if (text[^1] is '.' or ',' or ';' or '!')
        {
            return false;
        }

        var kind = SectionClassifier.Classify(text.ToString());
        return kind != SectionKind.Other
            && ((words <= 8 && TextShape.IsTitleCase(text))
                || (words <= 3 && char.IsUpper(text[0]) && SectionClassifier.IsShortHeadingKind(kind))
                || (words <= 6 && HeadingOpening().IsMatch(text)));
    }

    /// <summary>Sentence-case headings open like this: "What we're looking for", "About you", "Your role".</summary>
    [GeneratedRegex(@"^(?:What|Who|Why|How|About|Your|Our|Key|Basic|Preferred|Required|Nice|Bonus|Job|Role|Position|The role|Skills|Requirements|Qualifications|Responsibilities|Benefits|Perks)\b[^\d]*$")]
    private static partial Regex HeadingOpening();

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static bool IsUpperCase(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 3;
    }
}
