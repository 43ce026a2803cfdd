using UglyToad.PdfPig.Content;
using Row = OpenHire.Analysis.Resumes.Extraction.PdfPageLayout.Row;

namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>
/// The fast path for the common page: one column of horizontal text. When no word has a wide empty
/// gap to its nearest neighbour on the right (columns, a sidebar, right-aligned dates all have one),
/// the page reads as its rows top to bottom, with a block break where the line spacing opens up:
/// what Docstrum finds on such a page, at a fraction of the cost. Any other page returns null.
/// </summary>
internal static class SingleColumnPage
{
    /// <summary>A gap wider than this many word heights is a gutter or a tab stop, not a space.</summary>
    private const double WideGapInHeights = 1.5;

    /// <summary>Rows further apart than this many times the usual white space between rows start a new block.</summary>
    private const double BlockBreakSpacing = 1.3;

    public static List<List<Row>>? Blocks(List<Word> words)
    {
        if (words.Count == 0) return [];
        if (words.Any(w => w.TextOrientation != TextOrientation.Horizontal) || HasWideGap(words)) return null;
        var rows = PdfPageLayout.Rows(words);
        return SplitAtWideSpacing(rows);
    }

    // Words sorted by baseline; each looks at the words beside it, up to one and a half word heights above or below,
    // so two columns whose baselines do not line up are caught too.
    private static bool HasWideGap(List<Word> words)
    {
        var byBottom = words.OrderBy(w => w.BoundingBox.Bottom).ToArray();
        for (var i = 0; i < byBottom.Length; i++)
        {
            var word = byBottom[i].BoundingBox;
            var height = Math.Max(1, word.Height);
            var nearestRight = double.MaxValue;
            for (var step = -1; step <= 1; step += 2)
            {
                for (var j = i + step; j >= 0 && j < byBottom.Length; j += step)
                {
                    var other = byBottom[j].BoundingBox;
                    if (Math.Abs(other.Bottom - word.Bottom) > 1.5 * height) break;
                    if (other.Left >= word.Right - 0.5 * height) nearestRight = Math.Min(nearestRight, other.Left - word.Right);
                }
            }
            if (nearestRight != double.MaxValue && nearestRight > WideGapInHeights * height) return true;
        }
        return false;
    }

    // As Docstrum does: the usual gap is the most common one between a word and the row above it (so a page
    // of one-line paragraphs set apart still breaks between them), and a row further below its neighbour
    // than 1.3 times that starts a new block. Gaps are white space: bottom of one row to the top of the next.
    private static List<List<Row>> SplitAtWideSpacing(List<Row> rows)
    {
        rows.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var wordGaps = new List<double>();
        for (var i = 1; i < rows.Count; i++)
            foreach (var word in rows[i].Words)
            {
                var gap = rows[i - 1].Baseline - word.BoundingBox.Top;
                if (gap >= 0) wordGaps.Add(gap);
            }
        var limit = BlockBreakSpacing * PeakAverage(wordGaps);
        var blocks = new List<List<Row>> { new() };
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0 && Bottom(rows[i - 1]) - Top(rows[i]) > limit) blocks.Add([]);
            blocks[^1].Add(rows[i]);
        }
        return blocks;
    }

    private static double Bottom(Row row) => row.Words.Min(w => w.BoundingBox.Bottom);

    private static double Top(Row row) => row.Words.Max(w => w.BoundingBox.Top);

    /// <summary>The mean of the fullest one-point bin: the usual value, not thrown by a few large ones.</summary>
    private static double PeakAverage(List<double> values)
    {
        if (values.Count == 0) return 0;
        return values.GroupBy(v => (int)Math.Floor(v))
            .OrderByDescending(bin => bin.Count()).ThenBy(bin => bin.Key)
            .First().Average();
    }
}
