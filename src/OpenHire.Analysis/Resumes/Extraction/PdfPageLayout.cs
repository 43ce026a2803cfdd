using OpenHire.Analysis.Resumes.Parsing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.Util;

namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>
/// Lays out one PDF page as text: Docstrum blocks in reading order (so columns stay apart), rows
/// rebuilt by baseline inside each block, and right-aligned dates put back on the row they belong to.
/// </summary>
internal static class PdfPageLayout
{
    // One thread per document: a server reads many uploads at once, and Docstrum's own parallelism
    // only adds overhead on a small page.
    private static readonly DocstrumBoundingBoxes PageSegmenter = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    internal sealed class Row(Word first)
    {
        public List<Word> Words { get; } = [first];
        public double Baseline { get; } = first.BoundingBox.Bottom;
        public double Height { get; } = Math.Max(1, first.BoundingBox.Height);
        public string? Suffix { get; set; }
        public double Left => Words.Min(w => w.BoundingBox.Left);
        public double Right => Words.Max(w => w.BoundingBox.Right);
        public string Text => string.Join(' ', Words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)) + Suffix;
        public bool SharesBaselineWith(Row other) => Math.Abs(Baseline - other.Baseline) < 0.5 * Math.Min(Height, other.Height);
    }

    /// <summary>The page's lines, with an empty line after each block.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<Letter> visibleLetters)
    {
        // The default extractor splits on gaps as well as space glyphs, which LaTeX output often lacks.
        var words = DefaultWordExtractor.Instance.GetWords(visibleLetters).ToList();
        var blocks = SingleColumnPage.Blocks(words) ?? SegmentedBlocks(words);
        MoveRightAlignedDates(blocks);
        return blocks.Where(rows => rows.Count > 0).SelectMany(rows => rows.Select(r => r.Text).Append(""));
    }

    // Docstrum finds the blocks of any layout, columns included, but costs several times the rest of the page.
    private static List<List<Row>> SegmentedBlocks(List<Word> words) =>
        UnsupervisedReadingOrderDetector.Instance.Get(PageSegmenter.GetBlocks(words))
            .Select(block => Rows(block.TextLines.SelectMany(line => line.Words)))
            .ToList();

    // Docstrum's lines can merge neighbouring rows of a small block; rows by baseline, words by x, are sturdier.
    internal static List<Row> Rows(IEnumerable<Word> words)
    {
        var rows = new List<Row>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var candidate = new Row(word);
            var row = rows.Find(r => r.SharesBaselineWith(candidate));
            if (row is null) rows.Add(candidate);
            else row.Words.Add(word);
        }
        return rows;
    }

    /// <summary>
    /// "Senior Designer ........ 2020 - Present": the wide gap makes the dates a block of their own,
    /// read after the job's description. Dates-only blocks rejoin the nearest row to their left.
    /// </summary>
    private static void MoveRightAlignedDates(List<List<Row>> blocks)
    {
        foreach (var dates in blocks.Where(IsDatesOnly).ToList())
        {
            var targets = dates.Select(row => blocks.Where(b => b != dates).SelectMany(b => b)
                    .Where(other => other.SharesBaselineWith(row) && other.Right < row.Left)
                    .MaxBy(other => other.Right))
                .ToList();
            if (targets.Any(t => t is null)) continue;
            for (var i = 0; i < dates.Count; i++) targets[i]!.Suffix += " | " + dates[i].Text;
            dates.Clear();
        }
    }

    private static bool IsDatesOnly(List<Row> rows) =>
        rows.Count is > 0 and <= 3 && rows.All(r => r.Words.Count <= 6 && DateRangeFinder.FindAll(r.Text).Count > 0);
}
