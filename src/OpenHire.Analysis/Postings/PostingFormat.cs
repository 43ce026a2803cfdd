namespace OpenHire.Analysis.Postings;

/// <summary>How a posting's text is written.</summary>
public enum PostingFormat
{
    /// <summary>Plain text, lists marked by bullets or by one item a line.</summary>
    PlainText,

    /// <summary>Markdown, possibly with front matter and inline HTML.</summary>
    Markdown,

    /// <summary>An HTML page or fragment.</summary>
    Html,
}
