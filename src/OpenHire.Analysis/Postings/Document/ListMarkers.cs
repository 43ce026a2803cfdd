using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Postings.Document;

/// <summary>Recognises the bullets people type in plain text: "•", "-", "*", "1.", "a)", or an emoji.</summary>
internal static partial class ListMarkers
{
    /// <summary>The length of the marker and the space after it at the start of <paramref name="line"/>, or 0.</summary>
    public static int MarkerLength(ReadOnlySpan<char> line)
    {
        var match = Marker().EnumerateMatches(line);
        if (match.MoveNext())
        {
            return match.Current.Length;
        }

        return EmojiMarkerLength(line);
    }

    /// <summary>A leading emoji or pictograph followed by a space ("🏥 Health insurance") is a bullet.</summary>
    private static int EmojiMarkerLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && !char.IsWhiteSpace(line[i]) && !char.IsLetterOrDigit(line[i]) && i < 8)
        {
            var category = char.GetUnicodeCategory(line[i]);
            if (category is not (UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.EnclosingMark))
            {
                return 0;
            }

            i++;
        }

        if (i == 0 || i >= line.Length || !char.IsWhiteSpace(line[i]))
        {
            return 0;
        }

        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"^(?:[-*•·▪◦●○■□➢►▸‣⁃–—✓✔✅→]+|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t\u00a0]+")]
    private static partial Regex Marker();
}
