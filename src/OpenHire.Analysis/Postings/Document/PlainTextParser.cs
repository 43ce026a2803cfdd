namespace OpenHire.Analysis.Postings.Document;

/// <summary>
/// Reads plain text one line a block. Spans index into the input itself, so a field's span is exactly where
/// it was written. Bulleted lines become list items, their depth taken from the indentation.
/// </summary>
internal static class PlainTextParser
{
    public static PostingDocument Parse(string text)
    {
        var blocks = new List<TextBlock>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            AddLine(text, lineStart, lineEnd, blocks);
            lineStart = lineEnd + 1;
        }

        return new PostingDocument(text, blocks, []);
    }

    private static void AddLine(string text, int start, int end, List<TextBlock> blocks)
    {
        var indent = 0;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            indent += text[start] == '\t' ? 4 : 1;
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        var marker = ListMarkers.MarkerLength(text.AsSpan(start, end - start));
        if (marker > 0 && start + marker < end)
        {
            blocks.Add(new TextBlock(BlockKind.ListItem, start + marker, end - start - marker, indent / 2, false));
        }
        else
        {
            blocks.Add(new TextBlock(BlockKind.Paragraph, start, end - start, 0, false));
        }
    }
}
