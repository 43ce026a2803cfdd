using System.IO.Compression;
using System.Text;

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

    /// <summary>A minimal DOCX: a zip with the parts Word needs.</summary>
    public static byte[] Docx(string text = "Resume")
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "word/document.xml", $"""<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>""");
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
