using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace OpenHire.Tests.Infrastructure;

/// <summary>Small real documents made in code, so no test depends on files it did not write.</summary>
public static class TestFiles
{
    /// <summary>A minimal valid one-page PDF, padded with a comment to <paramref name="size"/> bytes.</summary>
    public static byte[] Pdf(int size = 2048, string text = "Resume")
    {
        var body = $"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n% {text}\n";
        var bytes = new byte[Math.Max(size, body.Length + 32)];
        Encoding.ASCII.GetBytes(body).CopyTo(bytes, 0);
        for (var i = body.Length; i < bytes.Length - 7; i++) bytes[i] = (byte)'x';
        Encoding.ASCII.GetBytes("\n%%EOF\n").CopyTo(bytes, bytes.Length - 7);
        return bytes;
    }

    /// <summary>A one-page PDF with a real text layer: the lines set top to bottom in 11 pt Helvetica.</summary>
    public static byte[] TextPdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0) page.AddText(line, 11, new PdfPoint(50, y), font);
            y -= 15;
        }
        return builder.Build();
    }

    /// <summary>A page that is only an image (a 1×1 PNG): what a scanner without OCR produces.</summary>
    public static byte[] ScannedPdf()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var builder = new PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddPng(png, new PdfRectangle(50, 50, 545, 790));
        return builder.Build();
    }

    /// <summary>A Word document with a paragraph per line of <paramref name="text"/>, made with the Open XML SDK.</summary>
    public static byte[] Docx(string text = "Resume")
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var paragraphs = text.Split('\n').Select(line => new Paragraph(new Run(new Text(line))));
            document.AddMainDocumentPart().Document = new Document(new Body(paragraphs));
        }
        return memory.ToArray();
    }

    /// <summary>A DOCX whose document part unpacks to <paramref name="unpackedBytes"/> of spaces from a few kilobytes.</summary>
    public static byte[] DocxBomb(int unpackedBytes)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var written = 0; written < unpackedBytes; written += spaces.Length) part.Write(spaces);
        }
        return memory.ToArray();
    }

    /// <summary>A zip that is not a Word document.</summary>
    public static byte[] Zip()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            Add(zip, "readme.txt", "not a document");
        return memory.ToArray();
    }

    /// <summary>An ELF executable header: what a program renamed to .pdf starts with.</summary>
    public static byte[] Executable() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[2000]];

    static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }
}
