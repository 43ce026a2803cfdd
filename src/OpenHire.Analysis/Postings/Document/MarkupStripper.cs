using System.Net;
using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Postings.Document;

/// <summary>The last resort for markup too large or too deep to parse: drops scripts, styles and tags, keeps the text.</summary>
internal static partial class MarkupStripper
{
    public static string ToText(string markup)
    {
        var withoutCode = NonContent().Replace(markup, " ");
        var withBreaks = BlockTag().Replace(withoutCode, "\n");
        return BlankRun().Replace(WebUtility.HtmlDecode(AnyTag().Replace(withBreaks, " ")), "\n\n");
    }

    [GeneratedRegex(@"<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?</\1\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex NonContent();

    [GeneratedRegex(@"</?(?:p|div|li|ul|ol|br|h[1-6]|tr|section|article)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankRun();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
