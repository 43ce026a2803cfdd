using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>
/// Reads PDF text block by block in reading order, so two-column resumes come out one column
/// after the other instead of interleaved line by line.
/// </summary>
internal static partial class PdfTextExtractor
{

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
        foreach (var line in PdfPageLayout.Lines(letters)) text.Append(CleanLine(line)).Append('\n');
        return page.Letters.Count - letters.Count;
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
