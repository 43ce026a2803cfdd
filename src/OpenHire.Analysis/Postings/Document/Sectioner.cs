namespace OpenHire.Analysis.Postings.Document;

/// <summary>Splits a document at its headings, names each section, and collects "Label: value" facts.</summary>
internal static class Sectioner
{
    private const int MaxLabelWords = 4;

    public static SectionedDocument Split(PostingDocument document)
    {
        var text = document.Text;
        var sections = new List<DocumentSection> { new(SectionKind.Summary, null) };
        var facts = document.Metadata.Select(entry => new LabeledFact(entry.Key, entry.Start, entry.Length)).ToList();
        TextBlock? pendingLabel = null;

        foreach (var original in document.Blocks)
        {
            var block = AsListItemIfBulleted(original, text);
            var content = text.AsSpan(block.Start, block.Length);
            var isHeading = HeadingDetector.IsHeading(block, content);
            if (pendingLabel is { } label && block.Kind == BlockKind.Paragraph && !isHeading)
            {
                facts.Add(new LabeledFact(text.Substring(label.Start, label.Length - 1), block.Start, block.Length));
            }

            pendingLabel = null;
            if (isHeading)
            {
                var headingText = content.ToString();
                var kind = SectionClassifier.Classify(headingText);
                var current = sections[^1];
                if (headingText.EndsWith(':'))
                {
                    pendingLabel = block;
                }

                // "This position is eligible for:" introduces the items of the section it sits in.
                if (kind == SectionKind.Other && headingText.EndsWith(':') && SectionClassifier.IsList(current.Kind))
                {
                    continue;
                }

                sections.Add(new DocumentSection(kind, block));
                continue;
            }

            AddInlineFact(block, content, facts);
            sections[^1].Blocks.Add(block);
        }

        foreach (var section in sections)
        {
            if (IsDutyList(section, text))
            {
                section.Kind = SectionKind.Responsibilities;
            }
        }

        return new SectionedDocument(document, sections.Where(section => section.Heading is not null || section.Blocks.Count > 0).ToList(), facts);
    }

    /// <summary>A "Job Description" that is nothing but a list of short one-sentence items lists duties.</summary>
    private static bool IsDutyList(DocumentSection section, string text)
    {
        if (section.Kind != SectionKind.Summary || section.Heading is not { } heading
            || !text.AsSpan(heading.Start, heading.Length).Contains("description", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var items = section.Items(text);
        return items.Count >= 3 && items.Count == section.Blocks.Count
            && items.All(item => item.Length <= 200 && !text.AsSpan(item.Start, item.Length).TrimEnd('.').Contains(". ", StringComparison.Ordinal));
    }

    /// <summary>HTML and Markdown sometimes carry typed bullets ("• Free lunch") in plain paragraphs.</summary>
    private static TextBlock AsListItemIfBulleted(TextBlock block, string text)
    {
        if (block.Kind != BlockKind.Paragraph)
        {
            return block;
        }

        var marker = ListMarkers.MarkerLength(text.AsSpan(block.Start, block.Length));
        return marker > 0 && marker < block.Length
            ? block with { Kind = BlockKind.ListItem, Start = block.Start + marker, Length = block.Length - marker }
            : block;
    }

    private static void AddInlineFact(TextBlock block, ReadOnlySpan<char> content, List<LabeledFact> facts)
    {
        var colon = content.IndexOf(':');
        if (colon <= 0 || colon >= content.Length - 1 || CountWords(content[..colon]) > MaxLabelWords)
        {
            return;
        }

        var valueStart = colon + 1;
        while (valueStart < content.Length && char.IsWhiteSpace(content[valueStart]))
        {
            valueStart++;
        }

        facts.Add(new LabeledFact(content[..colon].Trim().ToString(), block.Start + valueStart, block.Length - valueStart));
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            if (!text[range].IsWhiteSpace())
            {
                words++;
            }
        }

        return words;
    }
}
