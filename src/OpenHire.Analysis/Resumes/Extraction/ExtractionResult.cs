namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>How text extraction from an uploaded resume ended.</summary>
public enum ExtractionStatus
{
    /// <summary>Text was extracted (possibly truncated; see <see cref="ExtractionResult.Reason"/>).</summary>
    Ok,
    /// <summary>The file type is not read (RTF, legacy .doc, images, archives, binaries).</summary>
    Unsupported,
    /// <summary>The PDF is password protected.</summary>
    Encrypted,
    /// <summary>The file is damaged or truncated.</summary>
    Corrupt,
    /// <summary>The file exceeds a safety limit (size, zip bomb, entry count).</summary>
    TooLarge,
    /// <summary>The document holds no text layer, e.g. a scanned image: it needs OCR.</summary>
    NoText,
}

/// <summary>
/// Plain text of a resume in reading order, plus link targets that are not visible in the text
/// (a LinkedIn icon links somewhere the text never spells out).
/// </summary>
public sealed record ExtractionResult(
    ExtractionStatus Status,
    string Text,
    string? Reason,
    ResumeFileFormat Format,
    IReadOnlyList<string> Hyperlinks)
{
    public bool Succeeded => Status == ExtractionStatus.Ok;

    public static ExtractionResult Success(string text, ResumeFileFormat format, IReadOnlyList<string>? hyperlinks = null, string? note = null) =>
        new(ExtractionStatus.Ok, text, note, format, hyperlinks ?? []);

    public static ExtractionResult Failure(ExtractionStatus status, ResumeFileFormat format, string reason) =>
        new(status, "", reason, format, []);
}
