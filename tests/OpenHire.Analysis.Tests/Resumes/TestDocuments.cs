using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;

namespace OpenHire.Analysis.Tests.Resumes;

/// <summary>Builds the PDF, DOCX and zip fixtures the tests read; no corpus file is used.</summary>
internal static class TestDocuments
{
    /// <summary>A 1×1 PNG, the smallest "scanned page".</summary>
    public static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A PDF with one page per entry; each page lists (x, y, text) lines in 11 pt Helvetica.</summary>
    public static byte[] Pdf(params IReadOnlyList<(double X, double Y, string Text)>[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PdfPageSize.A4);
            foreach (var (x, y, text) in lines) page.AddText(text, 11, new PdfPoint(x, y), font);
        }
        return builder.Build();
    }

    /// <summary>Lines set top to bottom at the left margin of one page.</summary>
    public static byte[] SimplePdf(params string[] lines) =>
        Pdf(lines.Select((text, i) => (50.0, 780.0 - 16 * i, text)).ToList());

    public static byte[] ImageOnlyPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PdfPageSize.A4);
        page.AddPng(OnePixelPng, new PdfRectangle(50, 50, 545, 790));
        return builder.Build();
    }

    /// <summary>A DOCX with the given paragraphs, an optional two-cell table row and an optional hidden run.</summary>
    public static byte[] Docx(IEnumerable<string> paragraphs, (string Left, string Right)? tableRow = null, string? hiddenText = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var text in paragraphs) body.Append(new Paragraph(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve })));
            if (tableRow is var (left, right))
                body.Append(new Table(new TableRow(
                    new TableCell(new Paragraph(new Run(new WordText(left)))),
                    new TableCell(new Paragraph(new Run(new WordText(right)))))));
            if (hiddenText is not null)
                body.Append(new Paragraph(new Run(new RunProperties(new Vanish()), new WordText(hiddenText))));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A zip holding the given entries, each of the given content.</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>A "DOCX" whose document part inflates to <paramref name="unpackedBytes"/> of zeros.</summary>
    public static byte[] ZipBomb(int unpackedBytes) =>
        Zip([("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", new byte[unpackedBytes])]);
}
