namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Words that mark a phrase as a place: US state codes, countries, and template placeholders.</summary>
internal static class Places
{
    private static readonly HashSet<string> UsStateCodes = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    };

    private static readonly HashSet<string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        "USA", "U.S.A", "U.S.A.", "US", "U.S.", "United States", "United States of America", "UK", "U.K.", "United Kingdom",
        "England", "Scotland", "Wales", "Ireland", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Colombia", "Peru",
        "Germany", "France", "Spain", "Portugal", "Italy", "Netherlands", "Belgium", "Switzerland", "Austria", "Poland",
        "Czech Republic", "Czechia", "Sweden", "Norway", "Denmark", "Finland", "Greece", "Turkey", "Romania", "Hungary",
        "Ukraine", "Russia", "Israel", "Egypt", "Morocco", "Nigeria", "Kenya", "South Africa", "Ghana", "Tunisia", "Algeria",
        "India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "China", "Japan", "Korea", "South Korea", "S.Korea",
        "S. Korea", "Republic of Korea", "Taiwan", "Hong Kong", "Singapore", "Malaysia", "Indonesia", "Philippines",
        "Vietnam", "Thailand", "Australia", "New Zealand", "UAE", "United Arab Emirates", "Saudi Arabia", "Qatar",
        "Jordan", "Lebanon", "Iran", "Iraq", "Estonia", "Latvia", "Lithuania", "Serbia", "Croatia", "Slovenia",
        "Slovakia", "Bulgaria", "Luxembourg", "Iceland",
    };

    // Resume templates keep placeholders such as "City, State ZIP"; they are places, but nobody's location.
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "City", "State", "Country", "State ZIP", "ZIP", "City, State", "Remote",
    };

    public static bool IsPlaceholder(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .All(part => Placeholders.Contains(StripZip(part)));

    /// <summary>True for a comma part that names a state or country ("CA", "USA", "Republic of Korea", "State").</summary>
    public static bool IsRegionOrCountry(string part)
    {
        var trimmed = StripZip(part.Trim().TrimEnd('.'));
        return UsStateCodes.Contains(trimmed) || Countries.Contains(trimmed) || Countries.Contains(trimmed + ".")
            || Placeholders.Contains(trimmed);
    }

    /// <summary>"Austin, TX", "Seoul, S.Korea", "Anywhere, USA", "Remote": a city followed by a region or country.</summary>
    public static bool LooksLikeLocation(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Length > 4 || text.Length > 60) return false;
        if (parts.Length == 1) return IsRegionOrCountry(parts[0]) || parts[0].Equals("Remote", StringComparison.OrdinalIgnoreCase);
        return IsRegionOrCountry(parts[^1]) && parts.All(p => p.Length > 0 && !p.Any(char.IsDigit) || p == parts[^1]);
    }

    // "USA 12345" and "CA 94105" carry a postal code after the region.
    private static string StripZip(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[^1].All(c => char.IsDigit(c) || c == '-') ? string.Join(' ', words[..^1]) : part;
    }
}
