namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>Tells the format of a file from its leading bytes; the file name only separates text dialects.</summary>
public static class FileFormatDetector
{
    public static ResumeFileFormat Detect(ReadOnlySpan<byte> bytes, string? fileName)
    {
        // PDF readers accept the header anywhere in the first kilobyte.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0) return ResumeFileFormat.Pdf;
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return LooksLikeWordZip(bytes) ? ResumeFileFormat.Docx : ResumeFileFormat.OtherZip;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return ResumeFileFormat.LegacyWord;
        if (bytes.StartsWith("{\\rtf"u8)) return ResumeFileFormat.Rtf;
        if (IsImage(bytes)) return ResumeFileFormat.Image;
        if (!TextDecoder.HasUtf16Bom(bytes) && !LooksLikeText(bytes)) return ResumeFileFormat.Binary;

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".html" or ".htm" || StartsLikeHtml(bytes)) return ResumeFileFormat.Html;
        if (extension is ".md" or ".markdown") return ResumeFileFormat.Markdown;
        return ResumeFileFormat.PlainText;
    }

    // The central directory names "word/document.xml" in every DOCX; XLSX/PPTX/JAR do not.
    private static bool LooksLikeWordZip(ReadOnlySpan<byte> bytes) => bytes.IndexOf("word/"u8) >= 0;

    private static bool IsImage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) // PNG
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) // JPEG
        || bytes.StartsWith("GIF8"u8)
        || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8) // TIFF
        || (bytes.Length > 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8));

    private static bool StartsLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = TextDecoder.Decode(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    // Text files have almost no control characters other than white space in their first 4 KB.
    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.IsEmpty) return true;
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return false;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) controls++;
        }
        return controls * 100 < sample.Length;
    }
}
