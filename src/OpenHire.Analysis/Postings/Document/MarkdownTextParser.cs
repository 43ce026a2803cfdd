using Markdig;

namespace OpenHire.Analysis.Postings.Document;

/// <summary>
/// Renders Markdown (and the HTML often embedded in it) to HTML with Markdig, then reads it as HTML. Single line
/// breaks are kept as breaks: postings written as Markdown often put one list item a line without bullets.
/// </summary>
internal static class MarkdownTextParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseSoftlineBreakAsHardlineBreak()
        .UsePipeTables()
        .Build();

    public static PostingDocument Parse(string markdown, IEnumerable<KeyValuePair<string, string>> metadata)
    {
        string html;
        try
        {
            html = Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit; such text is read line by line instead.
            return PlainTextParser.Parse(MarkupStripper.ToText(markdown));
        }

        return HtmlTextParser.Parse(html, metadata);
    }
}
