namespace OpenHire.Analysis.Postings;

/// <summary>Rejects input that is not a posting's text before any parsing is attempted.</summary>
internal static class InputCheck
{
    private const int SampleLength = 8192;
    private const double MaxControlShare = 0.01;

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
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0' || c == '\uFFFD')
            {
                return PostingReadStatus.NotText;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control > sample.Length * MaxControlShare ? PostingReadStatus.NotText : PostingReadStatus.Read;
    }
}
