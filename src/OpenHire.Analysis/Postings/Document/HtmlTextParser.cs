using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpenHire.Analysis.Postings.Document;

/// <summary>
/// Turns HTML into readable blocks with AngleSharp: headings, list items with their depth, paragraphs split at
/// line breaks. Scripts, styles and other non-content elements are dropped without being run or rendered.
/// </summary>
internal sealed class HtmlTextParser
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "head", "nav", "object", "embed", "canvas", "button", "select", "form", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th",
        "dl", "dt", "dd", "figure", "figcaption", "details", "summary", "address", "hr", "center", "fieldset", "body", "html",
    };

    private static readonly HashSet<string> Emphasis = new(StringComparer.OrdinalIgnoreCase) { "strong", "b", "u" };

    private readonly DocumentBuilder builder;
    private readonly StringBuilder line = new();
    private BlockKind kind = BlockKind.Paragraph;
    private int listDepth;
    private int itemDepth;
    private int emphasisDepth;
    private int emphasizedLetters;
    private int letters;

    private HtmlTextParser(DocumentBuilder builder) => this.builder = builder;

    public static PostingDocument Parse(string html, IEnumerable<KeyValuePair<string, string>> metadata)
    {
        var builder = new DocumentBuilder();
        builder.AddMetadata(metadata);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var reader = new HtmlTextParser(builder);
        reader.Walk(document.Body ?? (INode?)document.DocumentElement ?? document);
        reader.Flush();
        return builder.Build();
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendText(text.Data);
                    break;
                case IElement element:
                    Visit(element);
                    break;
            }
        }
    }

    private void Visit(IElement element)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name))
        {
            return;
        }

        switch (name)
        {
            case "br":
                Flush();
                return;
            case "ul" or "ol":
                Flush();
                listDepth++;
                Walk(element);
                Flush();
                listDepth--;
                return;
            case "li":
                Within(BlockKind.ListItem, Math.Max(0, listDepth - 1), element);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Within(BlockKind.Heading, 0, element);
                return;
        }

        if (Emphasis.Contains(name))
        {
            emphasisDepth++;
            Walk(element);
            emphasisDepth--;
            return;
        }

        if (Blocks.Contains(name))
        {
            Flush();
            Walk(element);
            Flush();
            return;
        }

        Walk(element);
    }

    private void Within(BlockKind blockKind, int depth, IElement element)
    {
        Flush();
        var (savedKind, savedDepth) = (kind, itemDepth);
        (kind, itemDepth) = (blockKind, depth);
        Walk(element);
        Flush();
        (kind, itemDepth) = (savedKind, savedDepth);
    }

    private void AppendText(string text)
    {
        line.Append(text);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
                if (emphasisDepth > 0)
                {
                    emphasizedLetters++;
                }
            }
        }
    }

    private void Flush()
    {
        if (letters > 0 || line.ToString().Trim().Length > 0)
        {
            var emphasized = letters > 0 && emphasizedLetters >= letters * 0.9;
            builder.AddBlock(kind, line.ToString(), kind == BlockKind.ListItem ? itemDepth : 0, emphasized);
        }

        line.Clear();
        letters = 0;
        emphasizedLetters = 0;
    }
}
