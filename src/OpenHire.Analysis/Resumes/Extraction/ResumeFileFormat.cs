namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>The file type found by looking at a file's bytes (its name is only a hint).</summary>
public enum ResumeFileFormat
{
    Unknown,
    Pdf,
    Docx,
    PlainText,
    Markdown,
    Html,
    Rtf,
    LegacyWord,
    Image,
    OtherZip,
    Binary,
}
