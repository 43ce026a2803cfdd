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

    /// <summary>
    /// Far more tags than any posting has; past it the page is read as text with its tags stripped, because
    /// building a DOM of a hostile, deeply nested page costs time that grows faster than its length.
    /// </summary>
    private const int MaxTags = 20_000;

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
        if (html.AsSpan().Count('<') > MaxTags)
        {
            return PlainTextParser.Parse(MarkupStripper.ToText(html));
        }

        var builder = new DocumentBuilder();
        builder.AddMetadata(metadata);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var reader = new HtmlTextParser(builder);
        reader.Walk(document.Body ?? (INode?)document.DocumentElement ?? document);
        reader.Flush();
        return builder.Build();
    }

    /// <summary>
    /// Visits the tree with an explicit stack, not recursion: a hostile page of a million nested tags must not
    /// overflow the call stack. Each element pushes the work to do when its children are done.
    /// </summary>
    private void Walk(INode root)
    {
        var pending = new Stack<(INode Node, Action? OnExit)>();
        PushChildren(root, pending);
        while (pending.Count > 0)
        {
            var (node, onExit) = pending.Pop();
            if (onExit is not null)
            {
                onExit();
                continue;
            }

            switch (node)
            {
                case IText text:
                    AppendText(text.Data);
                    break;
                case IElement element:
                    Enter(element, pending);
                    break;
            }
        }
    }

    private static void PushChildren(INode node, Stack<(INode Node, Action? OnExit)> pending)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push((children[i], null));
        }
    }

    private void Enter(IElement element, Stack<(INode Node, Action? OnExit)> pending)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name))
        {
            return;
        }

        Action? onExit = null;
        switch (name)
        {
            case "br":
                Flush();
                return;
            case "ul" or "ol":
                Flush();
                listDepth++;
                onExit = () =>
                {
                    Flush();
                    listDepth--;
                };
                break;
            case "li":
                onExit = Within(BlockKind.ListItem, Math.Max(0, listDepth - 1));
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                onExit = Within(BlockKind.Heading, 0);
                break;
            default:
                if (Emphasis.Contains(name))
                {
                    emphasisDepth++;
                    onExit = () => emphasisDepth--;
                }
                else if (Blocks.Contains(name))
                {
                    Flush();
                    onExit = Flush;
                }

                break;
        }

        if (onExit is not null)
        {
            pending.Push((element, onExit));
        }

        PushChildren(element, pending);
    }

    /// <summary>Starts a block of <paramref name="blockKind"/>; returns what ends it and restores the outer block.</summary>
    private Action Within(BlockKind blockKind, int depth)
    {
        Flush();
        var (savedKind, savedDepth) = (kind, itemDepth);
        (kind, itemDepth) = (blockKind, depth);
        return () =>
        {
            Flush();
            (kind, itemDepth) = (savedKind, savedDepth);
        };
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
