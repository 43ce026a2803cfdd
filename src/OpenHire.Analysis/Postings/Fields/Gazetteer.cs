using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Place names the location reader recognises: US states and Canadian provinces (code and name), countries
/// (ISO alpha-2 and common names) and large cities with their country. Data in <c>Postings/Data/places.json</c>.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Instance = new(Load);

    private readonly Dictionary<string, (string Code, string Country)> regions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> cities = new(StringComparer.OrdinalIgnoreCase);
    private readonly FrozenSet<string> cityNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> cityNameLookup;
    private readonly SearchValues<char> cityInitials;
    private readonly int longestCity;

    private Gazetteer(JsonElement root)
    {
        foreach (var (property, country) in new[] { ("usStates", "US"), ("caProvinces", "CA") })
        {
            foreach (var region in root.GetProperty(property).EnumerateObject())
            {
                regions[region.Name] = (region.Name, country);
                regions[region.Value.GetString()!] = (region.Name, country);
            }
        }

        foreach (var country in root.GetProperty("countries").EnumerateObject())
        {
            foreach (var name in country.Value.EnumerateArray())
            {
                countries[name.GetString()!] = country.Name;
            }
        }

        foreach (var city in root.GetProperty("cities").EnumerateArray())
        {
            cities[city[0].GetString()!] = city[1].GetString()!;
        }

        var regionNames = Alternation(regions.Keys.Where(key => key.Length > 2));
        var countryNames = Alternation(countries.Keys);
        const string placeName = @"\p{Lu}[\p{L}.'’]*(?:[ -](?:de |of |la |del |do )?\p{Lu}[\p{L}.'’]*){0,3}";
        CityRegion = new Regex(
            $@"(?<city>{placeName})(?:,\s*|\s+(?=[A-Z]{{2}}\b))(?:(?<region>[A-Z]{{2}})\b|(?<region>{regionNames})\b)(?:,?\s*(?<country>USA|US|U\.S\.|United States|Canada)\b)?",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        CityCountry = new Regex(
            $@"(?<city>{placeName}),\s*(?:(?<region>{placeName}),\s*)?(?<country>{countryNames})\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        cityNames = cities.Keys.ToFrozenSet(StringComparer.Ordinal);
        cityNameLookup = cityNames.GetAlternateLookup<ReadOnlySpan<char>>();
        cityInitials = SearchValues.Create(string.Concat(cities.Keys.Select(name => name[0]).Distinct()));
        longestCity = cities.Keys.Max(name => name.Length);
        // Long names in any case ("ohio"); codes only as written ("US", never "us").
        var countryCodes = Alternation(countries.Keys.Where(name => name.Length <= 3));
        var countryWords = Alternation(countries.Keys.Where(name => name.Length > 3));
        RegionOrCountry = new Regex(
            $@"(?<![\p{{L}}])(?:(?i:(?<region>{regionNames}))|(?i:(?<country>{countryWords}))|(?<country>{countryCodes}))(?![\p{{L}}])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static Gazetteer Default => Instance.Value;

    /// <summary>"Austin, TX", "Mountain View, California", "Ottawa, ON, Canada".</summary>
    public Regex CityRegion { get; }

    /// <summary>"Berlin, Germany", "Tel Aviv-Yafo, Tel Aviv District, Israel".</summary>
    public Regex CityCountry { get; }

    /// <summary>
    /// The first large city named on its own at or after <paramref name="from"/> ("London", "Bangalore"): the longest
    /// name, written as listed, with no letter or '-' on either side. One set look-up per word end, whatever the number of cities.
    /// </summary>
    public bool TryFindCity(ReadOnlySpan<char> text, int from, out int index, out int length)
    {
        for (var start = from; start < text.Length; start++)
        {
            var next = text[start..].IndexOfAny(cityInitials);
            if (next < 0)
            {
                break;
            }

            start += next;
            if (start > 0 && IsNameCharacter(text[start - 1]))
            {
                continue;
            }

            for (var end = Math.Min(text.Length, start + longestCity); end > start; end--)
            {
                if ((end == text.Length || !IsNameCharacter(text[end])) && cityNameLookup.Contains(text[start..end]))
                {
                    (index, length) = (start, end - start);
                    return true;
                }
            }
        }

        (index, length) = (-1, 0);
        return false;
    }

    /// <summary><paramref name="text"/> without the cities <see cref="TryFindCity"/> finds in it.</summary>
    public string WithoutCities(string text)
    {
        if (!TryFindCity(text, 0, out var index, out var length))
        {
            return text;
        }

        var rest = new StringBuilder(text.Length);
        var copied = 0;
        do
        {
            rest.Append(text, copied, index - copied);
            copied = index + length;
        }
        while (TryFindCity(text, copied, out index, out length));

        return rest.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsNameCharacter(char c) => char.IsLetter(c) || c == '-';

    /// <summary>A state, province or country named on its own: "Ohio", "United States".</summary>
    public Regex RegionOrCountry { get; }

    public bool TryRegion(string name, out string code, out string country)
    {
        var found = regions.TryGetValue(name.Trim(), out var region);
        (code, country) = found ? region : (string.Empty, string.Empty);
        return found;
    }

    public string? Country(string name) => countries.GetValueOrDefault(name.Trim());

    public string? CityCountryCode(string city) => cities.GetValueOrDefault(city.Trim());

    private static string Alternation(IEnumerable<string> names) =>
        string.Join('|', names.OrderByDescending(name => name.Length).Select(Regex.Escape));

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("OpenHire.Analysis.Postings.Data.places.json")
            ?? throw new InvalidDataException("Embedded resource places.json is missing.");
        using var document = JsonDocument.Parse(stream);
        return new Gazetteer(document.RootElement);
    }
}
