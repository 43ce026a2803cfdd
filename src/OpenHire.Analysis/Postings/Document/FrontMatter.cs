namespace OpenHire.Analysis.Postings.Document;

/// <summary>
/// Splits YAML ("---") or TOML ("+++") front matter from the body. Only flat facts are kept: nested YAML keys
/// keep their last name ("position: title:" gives "title"), and TOML arrays are joined with ", ".
/// </summary>
internal static class FrontMatter
{
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
        foreach (var rawLine in header.Split('\n'))
        {
            var line = rawLine.Trim();
            var split = line.IndexOf(separator);
            if (line.Length == 0 || line[0] == '#' || split <= 0)
            {
                continue;
            }

            var key = line[..split].Trim().Trim('"');
            var value = Unquote(line[(split + 1)..].Trim());
            if (value.Length > 0 && key.Length > 0 && !key.Contains(' '))
            {
                entries.Add(new(key, value));
            }
        }

        return entries;
    }

    private static string Unquote(string value)
    {
        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            return string.Join(", ", value[1..^1].Split(',').Select(part => Unquote(part.Trim())).Where(part => part.Length > 0));
        }

        return value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;
    }
}
