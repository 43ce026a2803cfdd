using System.Globalization;
using System.Text;

namespace OpenHire.Features.Search;

/// <summary>
/// What a person typed into the search box, read into a small language every engine can run
/// safely: words (all required), "quoted phrases", a trailing * for a prefix, OR between two
/// alternatives, and a leading - to exclude. Nothing typed is ever passed to an engine's own query
/// syntax: each engine gets a query rebuilt from these parts, so unbalanced quotes, NEAR(, column
/// filters or SQL are only words.
/// </summary>
public sealed record SearchText(IReadOnlyList<IReadOnlyList<SearchTerm>> Required, IReadOnlyList<SearchTerm> Excluded)
{
    public const int MaxLength = 200;

    /// <summary>The typed text read into terms; null when it holds nothing to search for (empty, or only punctuation such as "*").</summary>
    public static SearchText? Parse(string? typed)
    {
        var required = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var orPending = false;
        foreach (var (raw, quoted, negated) in Split(typed ?? ""))
        {
            if (!quoted && raw == "OR")
            {
                orPending = required.Count > 0;
                continue;
            }
            if (!quoted && raw == "AND") continue;
            var term = SearchTerm.From(raw, quoted);
            if (term is null) continue;
            if (negated) excluded.Add(term);
            else if (orPending) required[^1].Add(term);
            else required.Add([term]);
            orPending = false;
        }
        return required.Count == 0 && excluded.Count == 0 ? null : new SearchText(required, excluded);
    }

    /// <summary>True when there is something to look for: an engine cannot answer "everything except".</summary>
    public bool HasRequiredTerms => Required.Count > 0;

    /// <summary>Splits on spaces outside quotes; a quote left open runs to the end.</summary>
    static IEnumerable<(string Raw, bool Quoted, bool Negated)> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) yield break;
            var negated = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negated) i++;
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0) end = text.Length;
                yield return (text[(i + 1)..end], true, negated);
                i = end + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') i++;
                yield return (text[start..i], false, negated);
            }
        }
    }
}

/// <summary>
/// A word or phrase: <see cref="Tokens"/> are its runs of letters and digits (what SQLite's
/// tokenizer sees), <see cref="Text"/> the words as typed without quotes (PostgreSQL's parser reads
/// "node.js" as one word).
/// </summary>
public sealed record SearchTerm(string Text, IReadOnlyList<string> Tokens, bool Prefix)
{
    public static SearchTerm? From(string raw, bool quoted)
    {
        var prefix = !quoted && raw.EndsWith('*');
        var tokens = Tokenize(raw);
        if (tokens.Count == 0) return null;
        var text = string.Join(' ', WithoutControlCharacters(raw.Replace('"', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('*');
        return new SearchTerm(text.Length == 0 ? string.Join(' ', tokens) : text, tokens, prefix);
    }

    /// <summary>Trimmed, with control characters gone: PostgreSQL refuses NUL in text.</summary>
    public static string WithoutControlCharacters(string? text) =>
        text is null ? "" : new string([.. text.Where(c => !char.IsControl(c))]).Trim();

    static List<string> Tokenize(string raw)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in raw)
        {
            if (IsTokenChar(c)) current.Append(c);
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    static bool IsTokenChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
