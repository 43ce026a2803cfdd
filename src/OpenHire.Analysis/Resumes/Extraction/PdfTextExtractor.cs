using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Util;

namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>
/// Reads PDF text block by block in reading order, so two-column resumes come out one column
/// after the other instead of interleaved line by line.
/// </summary>
internal static partial class PdfTextExtractor
{
    // One thread per document: a server reads many uploads at once, and Docstrum's own parallelism
    // only adds overhead on a small page.
    private static readonly DocstrumBoundingBoxes PageSegmenter = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    public static ExtractionResult Extract(byte[] bytes, ExtractionLimits limits)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return ReadPages(document, limits);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ExtractionResult.Failure(ExtractionStatus.Encrypted, ResumeFileFormat.Pdf,
                "The PDF is password protected. Please upload it without a password.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig reports damage through many exception types; all of them mean "cannot read this file".
            return ExtractionResult.Failure(ExtractionStatus.Corrupt, ResumeFileFormat.Pdf,
                "The PDF is damaged or incomplete and could not be read. Please export it again.");
        }
    }

    private static ExtractionResult ReadPages(PdfDocument document, ExtractionLimits limits)
    {
        if (document.IsEncrypted && document.NumberOfPages == 0)
            return ExtractionResult.Failure(ExtractionStatus.Encrypted, ResumeFileFormat.Pdf, "The PDF is password protected.");

        var pagesToRead = Math.Min(document.NumberOfPages, limits.MaxPdfPages);
        var text = new StringBuilder();
        var links = new List<string>();
        var imageCount = 0;
        var hiddenLetters = 0;
        for (var number = 1; number <= pagesToRead && text.Length < limits.MaxTextChars; number++)
        {
            var page = document.GetPage(number);
            imageCount += page.NumberOfImages;
            hiddenLetters += AppendPageText(page, text);
            foreach (var link in page.GetHyperlinks())
                if (!string.IsNullOrWhiteSpace(link.Uri) && !links.Contains(link.Uri)) links.Add(link.Uri);
        }

        if (text.ToString().All(c => !char.IsLetterOrDigit(c)))
        {
            var reason = imageCount > 0
                ? "No text found: the PDF looks like a scanned image and needs OCR. Please upload a PDF with selectable text, or a DOCX."
                : "No text found in the PDF.";
            return ExtractionResult.Failure(ExtractionStatus.NoText, ResumeFileFormat.Pdf, reason);
        }

        var notes = new List<string>();
        if (document.NumberOfPages > pagesToRead) notes.Add($"Only the first {pagesToRead} of {document.NumberOfPages} pages were read.");
        if (hiddenLetters > 0) notes.Add($"{hiddenLetters} characters of invisible text were ignored.");
        var note = notes.Count > 0 ? string.Join(" ", notes) : null;
        var result = text.Length > limits.MaxTextChars ? text.ToString(0, limits.MaxTextChars) : text.ToString();
        return ExtractionResult.Success(result, ResumeFileFormat.Pdf, links, note);
    }

    private static int AppendPageText(Page page, StringBuilder text)
    {
        var letters = page.Letters.Where(IsVisible).ToList();
        var hidden = page.Letters.Count - letters.Count;
        if (letters.Count == 0) return hidden;
        // The default extractor splits on gaps as well as space glyphs, which LaTeX output often lacks.
        var words = DefaultWordExtractor.Instance.GetWords(letters).ToList();
        var blocks = PageSegmenter.GetBlocks(words);
        foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
        {
            foreach (var line in LinesByBaseline(block.TextLines.SelectMany(l => l.Words)))
                text.Append(CleanLine(line)).Append('\n');
            text.Append('\n');
        }
        return hidden;
    }

    // Docstrum's lines can merge neighbouring rows of a small block; rows by baseline, words by x, are sturdier.
    private static IEnumerable<string> LinesByBaseline(IEnumerable<Word> words)
    {
        var rows = new List<(double Baseline, double Height, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var height = Math.Max(1, word.BoundingBox.Height);
            var row = rows.FindIndex(r => Math.Abs(r.Baseline - word.BoundingBox.Bottom) < 0.5 * Math.Min(r.Height, height));
            if (row < 0) rows.Add((word.BoundingBox.Bottom, height, [word]));
            else rows[row].Words.Add(word);
        }
        return rows.Select(r => string.Join(' ', r.Words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
    }

    // White, invisible or microscopic text is a keyword-stuffing trick: no reader sees it.
    private static bool IsVisible(Letter letter)
    {
        if (letter.RenderingMode == TextRenderingMode.Neither) return false;
        if (letter.PointSize is > 0 and < 2) return false;
        var (r, g, b) = letter.Color?.ToRGBValues() ?? (0, 0, 0);
        return !(r > 0.97 && g > 0.97 && b > 0.97);
    }

    // Some fonts map the visible hyphen or dash to a soft hyphen or U+2010, sometimes both in a row;
    // private-use glyphs are icon-font symbols and carry no text.
    private static string CleanLine(string line)
    {
        // NFKC turns typographic ligatures ("\uFB01") back into letters.
        line = HyphenVariants().Replace(line, "-").Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsControl(c)) continue;
            if (c is >= '\uE000' and <= '\uF8FF') { builder.Append(' '); continue; }
            builder.Append(c);
        }
        return builder.ToString();
    }

    [GeneratedRegex("-?[\u00AD\u2010\u2011]+")]
    private static partial Regex HyphenVariants();
}
