using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Postings.Document;

/// <summary>A heading (none for the text before the first one) and the blocks under it.</summary>
internal sealed partial class DocumentSection(SectionKind kind, TextBlock? heading)
{
    private const int MaxLineItemLength = 300;

    public SectionKind Kind { get; set; } = kind;

    public TextBlock? Heading { get; } = heading;

    public List<TextBlock> Blocks { get; } = [];

    /// <summary>The items once found; several readers ask, and blocks are not added after sectioning.</summary>
    private IReadOnlyList<TextBlock>? items;

    /// <summary>
    /// The section's list items in <paramref name="text"/>, the document's text. Without any, two or more short lines
    /// count one item each, as in plain-text postings whose bullets were lost; a single paragraph is prose, not a list.
    /// </summary>
    public IReadOnlyList<TextBlock> Items(string text) => items ??= FindItems(text);

    private IReadOnlyList<TextBlock> FindItems(string text)
    {
        var listItems = Blocks.Where(block => block.Kind == BlockKind.ListItem).ToList();
        if (listItems.Count > 0)
        {
            return listItems;
        }

        var lines = Blocks.Where(block => block.Kind == BlockKind.Paragraph && block.Length <= MaxLineItemLength && text[block.End - 1] != ':' && !IsFact(text, block)).ToList();
        return lines.Count >= 2 ? lines : [];
    }

    /// <summary>"Location: San Francisco, CA" is a fact about the posting, not an item of the section above it.</summary>
    private static bool IsFact(string text, TextBlock block)
    {
        var content = text.AsSpan(block.Start, block.Length);
        var colon = content.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && FactLabel().IsMatch(content[..colon]);
    }

    [GeneratedRegex(@"^(?:locations?|salary|salary range|pay|pay range|compensation|employment type|job type|type|(?:work )?schedule|hours|start date|end date|closing date|travel(?: requirements)?|department|reports to|remote position|union position|flsa classification|duration|shift)$", RegexOptions.IgnoreCase)]
    private static partial Regex FactLabel();

    public int Start => Heading?.Start ?? (Blocks.Count > 0 ? Blocks[0].Start : 0);

    public int End => Blocks.Count > 0 ? Blocks[^1].End : Heading?.End ?? 0;
}

/// <summary>A "Label: value" fact, from a line, a heading and the line under it, or front matter.</summary>
internal readonly record struct LabeledFact(string Label, int Start, int Length);

/// <summary>A posting split into sections, with its labelled facts.</summary>
internal sealed record SectionedDocument(PostingDocument Document, IReadOnlyList<DocumentSection> Sections, IReadOnlyList<LabeledFact> Facts)
{
    public string Text => Document.Text;

    public string TextOf(TextBlock block) => Document.TextOf(block);

    public string TextOf(LabeledFact fact) => Document.Text.Substring(fact.Start, fact.Length);

    public IEnumerable<DocumentSection> OfKind(SectionKind kind) => Sections.Where(section => section.Kind == kind);

    /// <summary>The values of facts whose label matches <paramref name="isLabel"/>, in order.</summary>
    public IEnumerable<LabeledFact> FactsLabelled(Func<string, bool> isLabel) => Facts.Where(fact => isLabel(fact.Label));
}
