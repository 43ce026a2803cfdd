namespace OpenHire.Analysis.Postings;

/// <summary>Whether the reader could read the input at all; fields are only filled for <see cref="Read"/>.</summary>
public enum PostingReadStatus
{
    /// <summary>The text was read; see each field's confidence for how sure the reader is.</summary>
    Read,

    /// <summary>The input was empty or white space only.</summary>
    Empty,

    /// <summary>The input is binary data, not text.</summary>
    NotText,

    /// <summary>The input is longer than <see cref="PostingReader.MaxLength"/> characters; no posting is that long.</summary>
    TooLong,
}
