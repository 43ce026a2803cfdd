using System.Buffers;
using System.Text;

namespace OpenHire.Analysis.Skills;

/// <summary>
/// Splits text into words for skill matching: runs of letters and digits, keeping a trailing
/// '#' or '+' ("C#", "C++", "A+"), so punctuation between words ("Node.js", "CI / CD", "TCP/IP") never matters.
/// </summary>
internal static class SkillTokenizer
{
    private const int MaxTokenLength = 64;

    public static List<SkillToken> Tokenize(string text)
    {
        var tokens = new List<SkillToken>(text.Length / 5);
        var line = 0;
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ':' && IsUrlScheme(text, i))
            {
                // "https://github.com/..." names sites, not skills: drop the scheme and skip the address.
                if (tokens.Count > 0 && tokens[^1].End == i)
                {
                    tokens.RemoveAt(tokens.Count - 1);
                }

                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                if (c == '\n')
                {
                    line++;
                    sentenceStart = true;
                }
                else if (c is '.' or '!' or '?' or ':' or ';' or '•' or '*' or '>' && EndsSentence(text, i))
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            while (i < text.Length && text[i] is '#' or '+' && i - start < MaxTokenLength)
            {
                i++;
            }

            var joined = i + 1 < text.Length && text[i] is '-' or '&' or '\'' or '’' && char.IsLetter(text[i + 1]);
            if (i - start <= MaxTokenLength)
            {
                tokens.Add(new SkillToken(start, i - start, sentenceStart, joined, line));
            }

            sentenceStart = false;
        }

        return tokens;
    }

    private static bool IsUrlScheme(string text, int colon) =>
        colon + 2 < text.Length && text[colon + 1] == '/' && text[colon + 2] == '/';

    /// <summary>A '.' ends a sentence only when followed by a space or the end ("Node.js" and "3.5" do not).</summary>
    private static bool EndsSentence(string text, int index) =>
        text[index] != '.' || index + 1 >= text.Length || char.IsWhiteSpace(text[index + 1]);

    /// <summary>
    /// Case-folds a word and drops a plural "s", so "APIs" and "API", "Postgres" and "postgres" meet.
    /// A capital "S" is part of an acronym ("HRMS", "CMMS"), never a plural.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        // Nearly every word is ASCII, which lower-cases without the culture tables.
        var length = Ascii.ToLower(word, buffer, out var written) == OperationStatus.Done ? written : word.ToLowerInvariant(buffer);
        if (length > 3 && word[^1] == 's' && buffer[length - 2] != 's')
        {
            length--;
        }

        return length;
    }
}
