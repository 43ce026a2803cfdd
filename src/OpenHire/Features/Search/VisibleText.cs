using System.Globalization;
using System.Text;

namespace OpenHire.Features.Search;

/// <summary>
/// Words checked against the text a reviewer may see under blind review (resume and cover letter
/// redacted, titles), not against the index: the index holds names, emails and phone numbers, and a
/// hit that needs them would tell the searcher who a hidden candidate is. Also makes that text's
/// snippet, so no passage is ever cut from the unredacted text.
/// Matching is a little looser than the engines' stemming (a word matches the same word with a
/// short ending, "engineer" and "engineers"), so the same hits remain wherever the words are visible.
/// </summary>
public static class VisibleText
{
    const int SnippetChars = 240;

    /// <summary>Whether <paramref name="text"/> satisfies the words: one term of every required group, none excluded.</summary>
    public static bool Matches(SearchText query, string text)
    {
        var tokens = Tokens(text).Select(t => t.Word).ToList();
        return query.Required.All(group => group.Any(term => Find(term, tokens) >= 0))
            && !query.Excluded.Any(term => Find(term, tokens) >= 0);
    }

    /// <summary>A passage around the first word found, with every word of the query marked in it; null when none is found.</summary>
    public static Snippet? Snippet(SearchText query, string text)
    {
        var tokens = Tokens(text);
        var words = tokens.Select(t => t.Word).ToList();
        var terms = query.Required.SelectMany(g => g).ToList();
        var marked = new List<(int Start, int End)>();
        foreach (var term in terms)
            for (var i = 0; i + term.Tokens.Count <= words.Count; i++)
                if (MatchesAt(term, words, i)) marked.Add((tokens[i].Start, tokens[i + term.Tokens.Count - 1].End));
        if (marked.Count == 0) return null;
        marked.Sort();
        var from = Math.Max(0, marked[0].Start - SnippetChars / 3);
        while (from > 0 && from < marked[0].Start && !char.IsWhiteSpace(text[from - 1])) from++;
        var to = Math.Min(text.Length, from + SnippetChars);
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        var passage = new StringBuilder(from > 0 ? "…" : "");
        var offset = passage.Length - from;
        passage.Append(text, from, to - from);
        if (to < text.Length) passage.Append('…');
        // Through SnippetMarks, so white space is made one space and offsets follow, as for the engines' snippets.
        var withMarks = new StringBuilder(passage.ToString());
        foreach (var (start, end) in marked.Where(m => m.Start >= from && m.End <= to).OrderByDescending(m => m.Start))
        {
            withMarks.Insert(end + offset, SnippetMarks.End);
            withMarks.Insert(start + offset, SnippetMarks.Start);
        }
        return SnippetMarks.Read(withMarks.ToString());
    }

    static int Find(SearchTerm term, List<string> words)
    {
        for (var i = 0; i + term.Tokens.Count <= words.Count; i++)
            if (MatchesAt(term, words, i)) return i;
        return -1;
    }

    static bool MatchesAt(SearchTerm term, List<string> words, int at)
    {
        for (var k = 0; k < term.Tokens.Count; k++)
        {
            var wanted = Normalize(term.Tokens[k]);
            var prefix = term.Prefix && k == term.Tokens.Count - 1;
            if (!SameWord(wanted, words[at + k], prefix)) return false;
        }
        return true;
    }

    /// <summary>The same word, or one with a short ending on either side ("engineer", "engineers", "engineering").</summary>
    static bool SameWord(string wanted, string word, bool prefix)
    {
        if (word.StartsWith(wanted, StringComparison.Ordinal)) return prefix || word.Length - wanted.Length <= 3;
        var stem = Math.Min(wanted.Length, word.Length);
        var common = 0;
        while (common < stem && wanted[common] == word[common]) common++;
        return common >= 4 && wanted.Length - common <= 3 && word.Length - common <= 3;
    }

    /// <summary>Runs of letters and digits, lower-cased without accents, with where they are.</summary>
    static List<(string Word, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark)) i++;
            tokens.Add((Normalize(text[start..i]), start, i));
        }
        return tokens;
    }

    static string Normalize(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }
}
