namespace OpenHire.Analysis.Postings;

/// <summary>
/// A value read from a posting, how sure the reader is of it (0..1), and where it came from:
/// <see cref="Start"/> and <see cref="Length"/> index into <see cref="PostingReadResult.Text"/>.
/// </summary>
public sealed record PostingField<T>(T Value, double Confidence, int Start, int Length);
