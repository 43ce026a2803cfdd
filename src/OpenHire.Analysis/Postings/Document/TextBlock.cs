namespace OpenHire.Analysis.Postings.Document;

/// <summary>What a block of a posting is, as far as its markup or layout tells.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
}

/// <summary>A heading, paragraph or list item of the readable text: its place in the text, its list depth, and whether it was all bold.</summary>
internal readonly record struct TextBlock(BlockKind Kind, int Start, int Length, int Depth, bool Emphasized)
{
    public int End => Start + Length;
}

/// <summary>A key and value from front matter ("title: Data Engineer"); the span is the value's place in the text.</summary>
internal readonly record struct MetadataEntry(string Key, string Value, int Start, int Length);

/// <summary>A posting reduced to readable text and the blocks it is made of.</summary>
internal sealed record PostingDocument(string Text, IReadOnlyList<TextBlock> Blocks, IReadOnlyList<MetadataEntry> Metadata)
{
    public string TextOf(TextBlock block) => Text.Substring(block.Start, block.Length);

    public MetadataEntry? MetadataEntry(params string[] keys)
    {
        foreach (var key in keys)
        {
            foreach (var entry in Metadata)
            {
                if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    return entry;
                }
            }
        }

        return null;
    }
}
