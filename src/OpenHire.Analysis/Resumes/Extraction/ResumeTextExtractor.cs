namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>
/// Entry point for uploaded resumes: finds the format from the bytes and returns plain text or a
/// status saying why there is none. Never throws for bad input.
/// </summary>
public static class ResumeTextExtractor
{
    private const string PleaseUploadPdfOrDocx = "Please upload a PDF or DOCX.";

    public static ExtractionResult Extract(ReadOnlySpan<byte> bytes, string? fileName, ExtractionLimits? limits = null)
    {
        limits ??= ExtractionLimits.Default;
        if (bytes.Length > limits.MaxFileBytes)
            return ExtractionResult.Failure(ExtractionStatus.TooLarge, ResumeFileFormat.Unknown,
                $"The file is larger than {limits.MaxFileBytes / (1024 * 1024)} MB.");
        if (bytes.IsEmpty)
            return ExtractionResult.Failure(ExtractionStatus.NoText, ResumeFileFormat.Unknown, "The file is empty.");

        var format = FileFormatDetector.Detect(bytes, fileName);
        return format switch
        {
            ResumeFileFormat.Pdf => PdfTextExtractor.Extract(bytes.ToArray(), limits),
            ResumeFileFormat.Docx => DocxTextExtractor.Extract(bytes.ToArray(), limits),
            ResumeFileFormat.PlainText => FromText(TextDecoder.Decode(bytes), format, limits),
            ResumeFileFormat.Markdown => FromText(MarkupTextExtractor.FromMarkdown(TextDecoder.Decode(bytes)), format, limits),
            ResumeFileFormat.Html => FromText(MarkupTextExtractor.FromHtml(TextDecoder.Decode(bytes)), format, limits),
            ResumeFileFormat.Rtf => Unsupported(format, "RTF files are not supported. " + PleaseUploadPdfOrDocx),
            ResumeFileFormat.LegacyWord => Unsupported(format, "Legacy Word (.doc) files are not supported. " + PleaseUploadPdfOrDocx),
            ResumeFileFormat.Image => ExtractionResult.Failure(ExtractionStatus.NoText, format,
                "No text found: the file is an image and needs OCR. " + PleaseUploadPdfOrDocx),
            _ => Unsupported(format, "This file type is not supported. " + PleaseUploadPdfOrDocx),
        };
    }

    /// <summary>Reads at most <see cref="ExtractionLimits.MaxFileBytes"/> + 1 bytes, so a huge stream is refused without buffering it.</summary>
    public static ExtractionResult Extract(Stream stream, string? fileName, ExtractionLimits? limits = null)
    {
        limits ??= ExtractionLimits.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
                return ExtractionResult.Failure(ExtractionStatus.TooLarge, ResumeFileFormat.Unknown,
                    $"The file is larger than {limits.MaxFileBytes / (1024 * 1024)} MB.");
        }
        return Extract(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fileName, limits);
    }

    private static ExtractionResult FromText(string text, ResumeFileFormat format, ExtractionLimits limits)
    {
        if (text.All(c => !char.IsLetterOrDigit(c)))
            return ExtractionResult.Failure(ExtractionStatus.NoText, format, "The file contains no text.");
        return ExtractionResult.Success(text.Length > limits.MaxTextChars ? text[..limits.MaxTextChars] : text, format);
    }

    private static ExtractionResult Unsupported(ResumeFileFormat format, string reason) =>
        ExtractionResult.Failure(ExtractionStatus.Unsupported, format, reason);
}
