using System.Net;
using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>Turns Markdown and HTML into plain lines, keeping the line structure the parser relies on.</summary>
internal static partial class MarkupTextExtractor
{
    public static string FromMarkdown(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n').Select(line =>
        {
            var text = MarkdownLink().Replace(line, m => m.Groups["text"].Value == m.Groups["url"].Value
                ? m.Groups["url"].Value
                : $"{m.Groups["text"].Value} {m.Groups["url"].Value}");
            text = HeadingMarker().Replace(text, "");
            text = Emphasis().Replace(text, "");
            text = HtmlTag().Replace(text, " ");
            if (HorizontalRule().IsMatch(text)) text = "";
            return WebUtility.HtmlDecode(text).TrimEnd();
        });
        return string.Join('\n', lines);
    }

    public static string FromHtml(string html)
    {
        var withoutInvisible = InvisibleElements().Replace(html, " ");
        var withBreaks = BlockBoundary().Replace(withoutInvisible, "\n");
        var withLinks = AnchorHref().Replace(withBreaks, m => $"{m.Groups["text"].Value} {m.Groups["url"].Value}");
        var plain = WebUtility.HtmlDecode(HtmlTag().Replace(withLinks, ""));
        var lines = plain.Replace("\r\n", "\n").Split('\n').Select(l => CollapsedSpaces().Replace(l, " ").Trim());
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s*([-*_]\s*){3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"<[^>]{0,500}>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<(script|style|head|template)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InvisibleElements();

    [GeneratedRegex(@"<(br|/?p|/?div|/?li|/?h[1-6]|/?tr|/?ul|/?ol|/?section|/?header|/?table)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"<a\b[^>]*href\s*=\s*[""'](?<url>https?://[^""']+)[""'][^>]*>(?<text>.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AnchorHref();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex CollapsedSpaces();
}
