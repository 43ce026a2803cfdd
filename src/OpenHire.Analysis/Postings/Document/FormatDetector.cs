using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Postings.Document;

/// <summary>Tells HTML, Markdown and plain text apart from what the text contains.</summary>
internal static partial class FormatDetector
{
    private const int SampleLength = 64 * 1024;

    public static PostingFormat Detect(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        if (HtmlDocument().IsMatch(sample))
        {
            return PostingFormat.Html;
        }

        var (frontMatter, body) = FrontMatter.Split(sample);
        if (HtmlTag().Count(body) >= 3)
        {
            return frontMatter.Count > 0 ? PostingFormat.Markdown : PostingFormat.Html;
        }

        return frontMatter.Count > 0 || MarkdownSyntax().IsMatch(body) ? PostingFormat.Markdown : PostingFormat.PlainText;
    }

    [GeneratedRegex(@"<!doctype\s+html|<html[\s>]|<body[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlDocument();

    [GeneratedRegex(@"</?(?:p|div|li|ul|ol|br|h[1-6]|table|tr|td|span|strong|b|em|section|article)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^\]\n]+\]\([^)\s]+\)|^```", RegexOptions.Multiline)]
    private static partial Regex MarkdownSyntax();
}
