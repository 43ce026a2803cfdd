using System.Text;

namespace OpenHire.Analysis.Ranking;

/// <summary>
/// Undoes UTF-8 text that was decoded as Windows-1252 ("NaÃ¯ve" → "Naïve", "itâ€™s" → "it’s"),
/// a common defect of scraped resume datasets. Text without the telltale sequences is returned as is.
/// </summary>
public static class MojibakeRepair
{
    // Windows-1252 bytes 0x80-0x9F, which Latin-1 maps to control characters instead.
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string Repair(string text)
    {
        if (!text.Contains('Ã') && !text.Contains('â') && !text.Contains('Â')) return text;
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c <= 0xFF) bytes[i] = (byte)c;
            else if (Cp1252High.IndexOf(c) is var index and >= 0) bytes[i] = (byte)(0x80 + index);
            else return RepairPieces(text);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return RepairPieces(text);
        }
    }

    // Mixed text (some characters intact, some garbled): repair word by word.
    private static string RepairPieces(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
            if (words[i].Length > 1 && words[i].Length < text.Length) words[i] = Repair(words[i]);
        return string.Join(' ', words);
    }
}
