using System.Globalization;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>Reads numbers written as digits or as English words ("three", "ten").</summary>
internal static class Numbers
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["a"] = 1, ["an"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
    };

    public static decimal? Parse(string value)
    {
        var clean = value.Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (decimal.TryParse(clean, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return Words.TryGetValue(clean, out var word) ? word : null;
    }

    /// <summary>The pattern for a count written either way, for use inside regular expressions.</summary>
    public const string CountPattern = @"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty";
}
