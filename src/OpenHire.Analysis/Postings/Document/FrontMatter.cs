namespace OpenHire.Analysis.Postings.Document;

/// <summary>
/// Splits YAML ("---") or TOML ("+++") front matter from the body. Only flat facts are kept: nested YAML keys
/// keep their last name ("position: title:" gives "title"), and TOML arrays are joined with ", ".
/// </summary>
internal static class FrontMatter
{
    /// <summary>
    /// Splits front matter into one-line facts and multi-line texts: job boards keep whole sections in front matter
    /// ("responsibilities_markdown: &gt;- * Deliver ..."), and those read as Markdown sections headed by their key.
    /// </summary>
    public static (List<KeyValuePair<string, string>> Facts, string Body) SplitWithSections(string text)
    {
        var (entries, body) = Split(text);
        var facts = entries.Where(entry => !entry.Value.Contains('\n')).ToList();
        var sections = entries.Except(facts).Select(entry => $"## {HeadingOf(entry.Key)}\n\n{entry.Value}\n\n");
        return (facts, string.Concat(sections) + body);
    }

    private static string HeadingOf(string key)
    {
        var name = key;
        foreach (var suffix in new[] { "_markdown", "_md", "_html", "_text" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
            }
        }

        name = name.Replace('_', ' ').Replace('-', ' ').Trim();
        return name.Length == 0 ? key : char.ToUpperInvariant(name[0]) + name[1..];
    }

    public static (List<KeyValuePair<string, string>> Entries, string Body) Split(string text)
    {
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        foreach (var fence in new[] { "---", "+++" })
        {
            if (string.CompareOrdinal(text, start, fence, 0, 3) != 0 || !IsLineEnd(text, start + 3))
            {
                continue;
            }

            var close = text.IndexOf("\n" + fence, start + 3, StringComparison.Ordinal);
            if (close < 0 || !IsLineEnd(text, close + 4))
            {
                continue;
            }

            var header = text[(start + 3)..close];
            var bodyStart = text.IndexOf('\n', close + 1);
            return (Parse(header, fence == "+++" ? '=' : ':'), bodyStart < 0 ? string.Empty : text[(bodyStart + 1)..]);
        }

        return ([], text);
    }

    private static bool IsLineEnd(string text, int index) => index >= text.Length || text[index] is '\n' or '\r';

    private static List<KeyValuePair<string, string>> Parse(string header, char separator)
    {
        var entries = new List<KeyValuePair<string, string>>();
        var lines = header.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var split = line.IndexOf(separator);
            if (line.Length == 0 || line[0] == '#' || split <= 0)
            {
                continue;
            }

            var key = line[..split].Trim().Trim('"');
            var value = line[(split + 1)..].Trim();
            if (separator == ':' && value is "|" or "|-" or ">" or ">-" or "|+" or ">+")
            {
                (value, i) = BlockScalar(lines, i, folded: value[0] == '>');
            }
            else
            {
                value = Unquote(value);
            }

            if (value.Length > 0 && key.Length > 0 && !key.Contains(' '))
            {
                entries.Add(new(key, value));
            }
        }

        return entries;
    }

    /// <summary>A YAML "|" or "&gt;" value: the lines indented under its key; "&gt;" folds single line breaks into spaces.</summary>
    private static (string Value, int LastLine) BlockScalar(string[] lines, int keyLine, bool folded)
    {
        var indent = Indentation(lines[keyLine]);
        var parts = new List<string>();
        var i = keyLine + 1;
        for (; i < lines.Length && (lines[i].Trim().Length == 0 || Indentation(lines[i]) > indent); i++)
        {
            parts.Add(lines[i].Trim());
        }

        var value = folded
            ? string.Join("\n\n", string.Join('\n', parts).Split("\n\n").Select(paragraph => paragraph.Replace('\n', ' ').Trim()))
            : string.Join('\n', parts);
        return (value.Trim(), i - 1);
    }

    private static int Indentation(string line) => line.Length - line.TrimStart().Length;

    private static string Unquote(string value)
    {
        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            return string.Join(", ", value[1..^1].Split(',').Select(part => Unquote(part.Trim())).Where(part => part.Length > 0));
        }

        return value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;
    }
}
