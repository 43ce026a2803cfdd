using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>Reads the body text of a DOCX after checking the zip cannot blow up memory.</summary>
internal static class DocxTextExtractor
{
    public static ExtractionResult Extract(byte[] bytes, ExtractionLimits limits)
    {
        try
        {
            var safety = CheckZipIsSafe(bytes, limits);
            if (safety is not null) return safety;

            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var mainPart = document.MainDocumentPart;
            if (mainPart?.Document?.Body is not { } body)
                return ExtractionResult.Failure(ExtractionStatus.Corrupt, ResumeFileFormat.Docx, "The DOCX has no document body.");

            var writer = new BodyTextWriter();
            foreach (var element in body.ChildElements)
            {
                if (writer.Text.Length > limits.MaxTextChars) break;
                writer.AppendBlock(element);
            }

            var links = mainPart.HyperlinkRelationships.Select(r => r.Uri.OriginalString)
                .Where(uri => uri.Length > 0).Distinct().ToList();
            var result = writer.Text.ToString();
            if (result.All(c => !char.IsLetterOrDigit(c)))
                return ExtractionResult.Failure(ExtractionStatus.NoText, ResumeFileFormat.Docx,
                    "No text found in the DOCX; if it holds a scanned image, it needs OCR.");
            var note = writer.HiddenChars > 0 ? $"{writer.HiddenChars} characters of hidden text were ignored." : null;
            return ExtractionResult.Success(result.Length > limits.MaxTextChars ? result[..limits.MaxTextChars] : result, ResumeFileFormat.Docx, links, note);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ExtractionResult.Failure(ExtractionStatus.Corrupt, ResumeFileFormat.Docx,
                "The DOCX is damaged or incomplete and could not be read. Please save it again or upload a PDF.");
        }
    }

    // Sizes come from the zip's central directory, so a bomb is refused before anything is inflated.
    private static ExtractionResult? CheckZipIsSafe(byte[] bytes, ExtractionLimits limits)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        if (zip.Entries.Count > limits.MaxZipEntries)
            return TooLarge($"The DOCX holds {zip.Entries.Count} files; at most {limits.MaxZipEntries} are accepted.");
        long unpacked = 0;
        foreach (var entry in zip.Entries)
        {
            unpacked += entry.Length;
            if (unpacked > limits.MaxUnpackedBytes)
                return TooLarge("The DOCX unpacks to more than the accepted size.");
            if (entry.Length > 1024 * 1024 && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                return TooLarge("The DOCX contains a suspiciously compressed part (zip bomb).");
        }
        return null;
    }

    private static ExtractionResult TooLarge(string reason) =>
        ExtractionResult.Failure(ExtractionStatus.TooLarge, ResumeFileFormat.Docx, reason);

    /// <summary>Walks the body in document order, keeping visible text and counting hidden text.</summary>
    private sealed class BodyTextWriter
    {
        public StringBuilder Text { get; } = new();
        public int HiddenChars { get; private set; }

        public void AppendBlock(OpenXmlElement element)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AppendParagraph(paragraph);
                    Text.Append('\n');
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>()) AppendRow(row);
                    break;
                case SdtBlock contentControl when contentControl.SdtContentBlock is { } content:
                    foreach (var child in content.ChildElements) AppendBlock(child);
                    break;
            }
        }

        // Cells of a row become one line separated by tabs, so "Company | Dates" layouts stay together;
        // cells holding several paragraphs contribute them as lines of their own.
        private void AppendRow(TableRow row)
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var cellWriter = new BodyTextWriter();
                foreach (var child in cell.ChildElements) cellWriter.AppendBlock(child);
                HiddenChars += cellWriter.HiddenChars;
                var cellText = cellWriter.Text.ToString().Trim('\n');
                if (cellText.Length > 0) cells.Add(cellText);
            }
            if (cells.Count == 0) return;
            if (cells.All(c => !c.Contains('\n'))) Text.Append(string.Join('\t', cells)).Append('\n');
            else foreach (var cell in cells) Text.Append(cell).Append('\n');
        }

        private void AppendParagraph(Paragraph paragraph)
        {
            foreach (var node in paragraph.Descendants())
            {
                switch (node)
                {
                    case WordText t when IsHidden(t):
                        HiddenChars += t.Text.Length;
                        break;
                    case WordText t:
                        Text.Append(t.Text);
                        break;
                    case TabChar:
                        Text.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        Text.Append('\n');
                        break;
                }
            }
        }

        // Hidden runs (w:vanish) are a known keyword-stuffing trick; a reader never sees them.
        private static bool IsHidden(WordText t) =>
            t.Ancestors<Run>().FirstOrDefault()?.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);
    }
}
