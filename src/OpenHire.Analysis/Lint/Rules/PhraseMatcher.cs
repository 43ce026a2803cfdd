using OpenHire.Analysis.Lint.Data;

namespace OpenHire.Analysis.Lint.Rules;

/// <summary>
/// Finds the wording list's terms as whole words, ignoring case, longest first: "young" never fires inside
/// "Youngstown". A phrase does not run across a sentence break ("...young. People...").
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<Phrase>> byFirstWord = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<WordingEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var term in entry.Terms)
            {
                var words = WordToken.Split(term).Select(token => token.Word).ToArray();
                if (words.Length == 0)
                {
                    throw new InvalidDataException($"Wording term \"{term}\" has no words.");
                }

                if (!byFirstWord.TryGetValue(words[0], out var phrases))
                {
                    byFirstWord[words[0]] = phrases = [];
                }

                phrases.Add(new Phrase(entry, words));
            }
        }

        foreach (var phrases in byFirstWord.Values)
        {
            phrases.Sort((left, right) => right.Words.Length.CompareTo(left.Words.Length));
        }
    }

    public IEnumerable<PhraseMatch> Find(string text, IReadOnlyList<WordToken> tokens)
    {
        var index = 0;
        while (index < tokens.Count)
        {
            var match = byFirstWord.TryGetValue(tokens[index].Word, out var phrases)
                ? phrases.FirstOrDefault(phrase => Matches(text, tokens, index, phrase.Words))
                : null;
            if (match is null)
            {
                index++;
                continue;
            }

            var last = tokens[index + match.Words.Length - 1];
            var next = index + match.Words.Length < tokens.Count && !SpansSentenceBreak(text, last.End, tokens[index + match.Words.Length].Start)
                ? tokens[index + match.Words.Length]
                : (WordToken?)null;
            yield return new PhraseMatch(match.Entry, tokens[index].Start, last.End - tokens[index].Start, next);
            index += match.Words.Length;
        }
    }

    private static bool Matches(string text, IReadOnlyList<WordToken> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var offset = 0; offset < words.Length; offset++)
        {
            if (tokens[at + offset].Word != words[offset])
            {
                return false;
            }

            if (offset > 0 && SpansSentenceBreak(text, tokens[at + offset - 1].End, tokens[at + offset].Start))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SpansSentenceBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(".!?;:\n") >= 0;

    private sealed record Phrase(WordingEntry Entry, string[] Words);
}

/// <summary>A term found in a text, and the word after it in the same sentence (to tell "competitive salary" from "competitive").</summary>
internal sealed record PhraseMatch(WordingEntry Entry, int Start, int Length, WordToken? NextWord);
