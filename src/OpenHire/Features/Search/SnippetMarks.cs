using System.Text;

namespace OpenHire.Features.Search;

/// <summary>
/// The engines mark matches in their snippets with two control characters instead of HTML tags,
/// so the passage stays plain text; this turns the marks into highlight ranges.
/// </summary>
public static class SnippetMarks
{
    public const char Start = '\u0002';
    public const char End = '\u0003';
    public const int MaxLength = 400;

    /// <summary>The marked passage as text with runs of white space made one space, and the ranges that were marked.</summary>
    public static Snippet? Read(string? marked)
    {
        if (string.IsNullOrWhiteSpace(marked)) return null;
        var text = new StringBuilder(Math.Min(marked.Length, MaxLength));
        var highlights = new List<Highlight>();
        int? open = null;
        foreach (var c in marked)
        {
            if (text.Length >= MaxLength) break;
            if (c == Start) open ??= text.Length;
            else if (c == End)
            {
                if (open is { } s && text.Length > s) highlights.Add(new Highlight(s, text.Length - s));
                open = null;
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
            }
            else text.Append(c);
        }
        if (open is { } unclosed && text.Length > unclosed) highlights.Add(new Highlight(unclosed, text.Length - unclosed));
        // A trailing space never starts or ends inside a highlight worth keeping.
        var length = text.Length;
        while (length > 0 && text[length - 1] == ' ') length--;
        var kept = highlights.Where(h => h.Start < length).Select(h => h with { Length = Math.Min(h.Length, length - h.Start) }).ToList();
        return length == 0 ? null : new Snippet(text.ToString(0, length), kept);
    }
}
