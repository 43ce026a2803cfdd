namespace OpenHire.Analysis.Resumes.Extraction;

/// <summary>
/// Safety limits that keep extraction bounded in time and memory whatever a file claims to be.
/// The defaults are generous for real resumes (a few pages, a few hundred kilobytes).
/// </summary>
public sealed record ExtractionLimits
{
    public static ExtractionLimits Default { get; } = new();

    /// <summary>Largest upload read at all.</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>PDF pages read; later pages are dropped and the result says so.</summary>
    public int MaxPdfPages { get; init; } = 20;

    /// <summary>Sum of the uncompressed sizes of a DOCX's zip entries.</summary>
    public long MaxUnpackedBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>Entries in a DOCX zip; real documents have a few dozen.</summary>
    public int MaxZipEntries { get; init; } = 1000;

    /// <summary>Largest expansion of one zip entry; real XML compresses about 10:1.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Characters of text kept; a resume is far shorter.</summary>
    public int MaxTextChars { get; init; } = 200_000;
}
