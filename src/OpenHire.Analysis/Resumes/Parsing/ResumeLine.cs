using System.Globalization;
using System.Text;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>One line of resume text with its bullet marker and pictographs removed.</summary>
internal sealed record ResumeLine(string Text, bool IsBullet)
{
    public bool IsBlank => Text.Length == 0;

    public int WordCount => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Splits text into lines, strips bullets and icons, and re-joins date ranges split over two lines.</summary>
    public static IReadOnlyList<ResumeLine> Split(string text)
    {
        var lines = new List<ResumeLine>();
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var cleaned = RemovePictographs(raw).Replace('\t', ' ').Replace('\u00A0', ' ');
            cleaned = CollapseSpaces(cleaned).Trim();
            var isBullet = false;
            while (cleaned.Length > 0 && IsBulletMarker(cleaned, out var markerLength))
            {
                isBullet = true;
                cleaned = cleaned[markerLength..].TrimStart();
            }
            lines.Add(new ResumeLine(cleaned, isBullet));
        }
        JoinSplitDateRanges(lines);
        return lines;
    }

    private static bool IsBulletMarker(string line, out int length)
    {
        length = 1;
        var first = line[0];
        if ("•●▪◦‣∙·►▶✓✔➢➤■□◆◇○❖※".Contains(first)) return true;
        // "-", "*" and "–" are bullets only when followed by a space ("- Led ..."), not in "-5%".
        return first is '-' or '*' or '–' or '+' && line.Length > 1 && line[1] == ' ';
    }

    // Emoji and icon-font symbols decorate contact lines and headings ("📧", "🎓 Education").
    private static string RemovePictographs(string line)
    {
        if (line.All(c => c < 0x2000)) return line;
        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsSurrogatePair(line, i))
            {
                builder.Append(' ');
                i++;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(line[i]);
            var isSymbol = category is UnicodeCategory.OtherSymbol or UnicodeCategory.PrivateUse
                || line[i] is '\uFE0F' or '\u200D';
            builder.Append(isSymbol ? ' ' : line[i]);
        }
        return builder.ToString();
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = c == ' ';
            if (isSpace && lastWasSpace) continue;
            builder.Append(c);
            lastWasSpace = isSpace;
        }
        return builder.ToString();
    }

    // "2017 – Product Manager, Google" followed by "Present Leading teams..." becomes
    // "2017 – Present Product Manager, Google" and "Leading teams...".
    private static void JoinSplitDateRanges(List<ResumeLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var open = DateRangeFinder.OpenEndedStart().Match(lines[i].Text);
            if (!open.Success || DateRangeFinder.LeadingEndDate().IsMatch(open.Groups["rest"].Value)) continue;
            var close = DateRangeFinder.LeadingEndDate().Match(lines[i + 1].Text);
            if (!close.Success) continue;
            lines[i] = lines[i] with { Text = $"{open.Groups["start"].Value} – {close.Groups["end"].Value} {open.Groups["rest"].Value}".Trim() };
            lines[i + 1] = lines[i + 1] with { Text = close.Groups["rest"].Value };
        }
    }
}
