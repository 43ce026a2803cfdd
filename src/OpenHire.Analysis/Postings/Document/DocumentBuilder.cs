using System.Text;

namespace OpenHire.Analysis.Postings.Document;

/// <summary>Assembles readable text one block a line, collapsing white space, and records where each block sits.</summary>
internal sealed class DocumentBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<TextBlock> blocks = [];
    private readonly List<MetadataEntry> metadata = [];

    public void AddMetadata(IEnumerable<KeyValuePair<string, string>> entries)
    {
        foreach (var (key, value) in entries)
        {
            text.Append(key).Append(": ");
            var start = text.Length;
            var clean = Collapse(value);
            text.Append(clean).Append('\n');
            metadata.Add(new MetadataEntry(key, clean, start, clean.Length));
        }

        if (metadata.Count > 0)
        {
            text.Append('\n');
        }
    }

    public void AddBlock(BlockKind kind, ReadOnlySpan<char> content, int depth, bool emphasized)
    {
        // Emphasis markers Markdown left unpaired ("Key Responsibilities:****") are not content.
        var clean = Collapse(content).Trim('*', '_', ' ');
        if (clean.Length == 0)
        {
            return;
        }

        blocks.Add(new TextBlock(kind, text.Length, clean.Length, depth, emphasized));
        text.Append(clean).Append('\n');
    }

    public PostingDocument Build() => new(text.ToString(), blocks, metadata);

    private static string Collapse(ReadOnlySpan<char> value)
    {
        var result = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b')
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
