using System.Buffers;

namespace OpenHire.Analysis.Postings;

/// <summary>Rejects input that is not a posting's text before any parsing is attempted.</summary>
internal static class InputCheck
{
    private const int SampleLength = 8192;
    private const double MaxControlShare = 0.01;

    /// <summary>Control characters (<see cref="char.IsControl(char)"/>) other than line breaks, tabs and form feeds.</summary>
    private static readonly SearchValues<char> OddControls = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(code => (char)code).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')).ToArray());

    public static PostingReadStatus Check(string text)
    {
        if (text.Length > PostingReader.MaxLength)
        {
            return PostingReadStatus.TooLong;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return PostingReadStatus.Empty;
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        if (sample.IndexOfAny('\0', '\uFFFD') >= 0)
        {
            return PostingReadStatus.NotText;
        }

        var control = 0;
        var rest = sample;
        for (var next = rest.IndexOfAny(OddControls); next >= 0; next = rest.IndexOfAny(OddControls))
        {
            control++;
            rest = rest[(next + 1)..];
        }

        return control > sample.Length * MaxControlShare ? PostingReadStatus.NotText : PostingReadStatus.Read;
    }
}
