using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads work locations from the places a posting states them: "Location:" facts and front matter, the title line,
/// the lines under a plain-text title, and sentences such as "This role is based in Austin, TX". Company
/// headquarters and places mentioned in passing (retreats, customers) are not locations.
/// </summary>
internal static partial class LocationReader
{
    private const int LeadingLines = 5;
    private const int MaxPlacesLength = 120;

    public static IReadOnlyList<PostingField<PostingLocation>> Read(SectionedDocument document)
    {
        var found = new List<PostingField<PostingLocation>>();
        var text = document.Text;
        foreach (var fact in document.FactsLabelled(label => LocationLabel().IsMatch(label)))
        {
            Parse(text, fact.Start, fact.Length, 0.9, found);
        }

        foreach (var block in LeadingBlocks(document))
        {
            ParseSegments(text, block, found);
        }

        // One pass of each pattern over the whole text; only the sentences they hit are looked at closely.
        foreach (Match cue in LocationCue().Matches(text))
        {
            var sentence = Sentences.Around(text, cue.Index);
            if (cue.Groups["located"].Success && !IsAboutTheJob(text, sentence, cue))
            {
                continue;
            }

            if (!Headquarters().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
            {
                Parse(text, cue.Index + cue.Length, sentence.End - cue.Index - cue.Length, 0.75, found);
            }
        }

        foreach (Match limit in CountryLimit().Matches(text))
        {
            var sentence = Sentences.Around(text, limit.Index);
            if (!Headquarters().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
            {
                AddCountries(text, limit.Groups["places"], found);
            }
        }

        return Tidy(found);
    }

    /// <summary>
    /// "The role is based in Austin" places the job; "a startup located in SoMa" or "if you're not based in
    /// Seattle" do not.
    /// </summary>
    private static bool IsAboutTheJob(string text, Sentence sentence, Match cue)
    {
        var before = text.AsSpan(sentence.Start, cue.Index - sentence.Start);
        return !before.TrimEnd().EndsWith("not", StringComparison.OrdinalIgnoreCase) && JobSubject().IsMatch(before);
    }

    /// <summary>The first lines of a posting often carry the title and place: "Data Intern\nMountain View, California".</summary>
    private static IEnumerable<TextBlock> LeadingBlocks(SectionedDocument document) =>
        document.Document.Blocks.Take(LeadingLines).Where(block => block.Kind != BlockKind.ListItem && block.Length <= 200);

    /// <summary>"Acme - Backend Engineer - REMOTE (India) - Full-Time": only the segments that are places count.</summary>
    private static void ParseSegments(string text, TextBlock block, List<PostingField<PostingLocation>> found)
    {
        var content = text.AsSpan(block.Start, block.Length);
        foreach (var range in SegmentSeparator().EnumerateSplits(content))
        {
            var segment = content[range];
            var offset = block.Start + range.Start.GetOffset(content.Length);
            var remote = RemoteCountry().Match(segment.ToString());
            if (remote.Success)
            {
                AddCountries(text, remote.Groups["places"], found, offset);
            }
            else if (IsOnlyPlaces(segment))
            {
                Parse(text, offset, segment.Length, 0.7, found);
            }
        }
    }

    /// <summary>"San Francisco, CA or Denver, CO (Hybrid)" is only places once remarks and joining words go.</summary>
    public static bool IsOnlyPlaces(ReadOnlySpan<char> segment)
    {
        if (segment.Length > MaxPlacesLength || segment.EndsWith('.'))
        {
            return false;
        }

        var value = PostalCode().Replace(Remarks().Replace(segment.ToString(), " "), " ");
        var gazetteer = Gazetteer.Default;
        var rest = value;
        // "City, Region" and "City, Country" need a comma or a two-letter code; most lines have neither.
        if (rest.Contains(',') || HasCapitalPair(rest))
        {
            rest = gazetteer.CityRegion.Replace(rest, string.Empty);
            rest = gazetteer.CityCountry.Replace(rest, string.Empty);
        }

        rest = gazetteer.WithoutCities(rest);
        return rest.Length < value.Length && !Joiners().Replace(rest, " ").Any(char.IsLetterOrDigit);
    }

    private static bool HasCapitalPair(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsAsciiLetterUpper(value[i]) && char.IsAsciiLetterUpper(value[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddCountries(string text, Group places, List<PostingField<PostingLocation>> found, int offset = 0)
    {
        foreach (Match match in Gazetteer.Default.RegionOrCountry.Matches(places.Value))
        {
            var country = match.Groups["country"];
            if (country.Success && Gazetteer.Default.Country(country.Value) is { } code)
            {
                found.Add(new(new PostingLocation(null, null, code), 0.7, offset + places.Index + match.Index, match.Length));
            }
        }
    }

    private static void Parse(string text, int start, int length, double confidence, List<PostingField<PostingLocation>> found)
    {
        var value = text.Substring(start, length);
        var gazetteer = Gazetteer.Default;
        var covered = new bool[value.Length];
        var before = found.Count;

        foreach (Match match in gazetteer.CityRegion.Matches(value))
        {
            var city = TrimCity(match.Groups["city"].Value);
            if (gazetteer.TryRegion(match.Groups["region"].Value, out var region, out var country)
                && city.Length > 0 && (region == "DC" || !gazetteer.TryRegion(city, out _, out _)) && gazetteer.Country(city) is null)
            {
                Add(found, new PostingLocation(city, region, country), confidence, start, match, covered);
            }
        }

        foreach (Match match in gazetteer.CityCountry.Matches(value))
        {
            var city = TrimCity(match.Groups["city"].Value);
            if (!IsCovered(covered, match) && gazetteer.Country(match.Groups["country"].Value) is { } country && gazetteer.Country(city) is null)
            {
                var region = match.Groups["region"].Success ? match.Groups["region"].Value : null;
                Add(found, new PostingLocation(city, region, country), confidence, start, match, covered);
            }
        }

        for (var from = 0; gazetteer.TryFindCity(value, from, out var index, out var cityLength); from = index + cityLength)
        {
            var city = value.Substring(index, cityLength);
            if (!covered.AsSpan(index, cityLength).Contains(true) && gazetteer.CityCountryCode(city) is { } country && !Institution().IsMatch(value, index + cityLength))
            {
                found.Add(new(new PostingLocation(city, null, country), confidence * 0.9, start + index, cityLength));
                Array.Fill(covered, true, index, cityLength);
            }
        }

        if (found.Count > before)
        {
            return;
        }

        foreach (Match match in gazetteer.RegionOrCountry.Matches(value))
        {
            if (match.Groups["region"].Success && gazetteer.TryRegion(match.Value, out var region, out var country))
            {
                Add(found, new PostingLocation(null, region, country), confidence * 0.8, start, match, covered);
            }
            else if (gazetteer.Country(match.Value) is { } code)
            {
                Add(found, new PostingLocation(null, null, code), confidence * 0.8, start, match, covered);
            }
        }
    }

    /// <summary>"Position can be at Boulder" leaves "Boulder"; a leading "Downtown" or "Greater" stays.</summary>
    private static string TrimCity(string city) => LeadingFiller().Replace(city, string.Empty).Trim();

    private static void Add(List<PostingField<PostingLocation>> found, PostingLocation location, double confidence, int offset, Match match, bool[] covered)
    {
        found.Add(new(location, confidence, offset + match.Index, match.Length));
        Array.Fill(covered, true, match.Index, match.Length);
    }

    private static bool IsCovered(bool[] covered, Match match) => covered.AsSpan(match.Index, match.Length).Contains(true);

    /// <summary>One entry per (city, country); a bare state or country goes when a city in it is named.</summary>
    private static List<PostingField<PostingLocation>> Tidy(List<PostingField<PostingLocation>> found)
    {
        if (found.Count < 2)
        {
            return found;
        }

        var distinct = found
            .GroupBy(field => (field.Value.City?.ToUpperInvariant(), field.Value.Region?.ToUpperInvariant(), field.Value.Country))
            .Select(group => group.OrderByDescending(field => field.Confidence).First())
            .ToList();
        return distinct
            .Where(field => field.Value.City is not null
                || !distinct.Any(other => other.Value.City is not null && other.Value.Country == field.Value.Country
                    && (field.Value.Region is null || other.Value.Region is null || other.Value.Region == field.Value.Region)))
            .GroupBy(field => (field.Value.City?.ToUpperInvariant(), field.Value.Country))
            .Select(group => group.OrderByDescending(field => field.Value.Region is not null).ThenByDescending(field => field.Confidence).First())
            .OrderBy(field => field.Start)
            .ToList();
    }

    [GeneratedRegex(@"^(job[ _-]?|work[ _-]?|office[ _-]?)?locations?$|^(city|office|offices|where|based in|duty station|worksite)$", RegexOptions.IgnoreCase)]
    private static partial Regex LocationLabel();

    [GeneratedRegex(@"\b(?<located>located|based) (?:in|at|out of)\b|\bposition (?:can|could|may|will) be (?:at|in|located in|based in)\b|\blocation (?:for|of) (?:this|the) (?:role|position) is\b|\b(?:role|position|job) is (?:based |located )?in\b|\bwork(?:ing)? (?:out of|from|at|in) our\b|\bhiring for (?:the|our) .{0,40}offices?\b|\b(?:can|may) be located in\b", RegexOptions.IgnoreCase)]
    private static partial Regex LocationCue();

    [GeneratedRegex(@"\b(?:role|position|job|you|candidates?|opening|team|office)\b[^.\n]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex JobSubject();

    [GeneratedRegex(@"headquarter|\bHQ\b|founded in|offices (?:are|is) located", RegexOptions.IgnoreCase)]
    private static partial Regex Headquarters();

    [GeneratedRegex(@"(?:remote|residing|reside|live|located|based|work from)\b[^.;\n]{0,40}?\b(?:anywhere )?(?:in|within|from) (?:the )?(?<places>(?:United States|U\.S\.|US|USA|Canada|[A-Z][a-z]+)(?:(?:,| and| or|/|&) ?(?:the )?(?:United States|U\.S\.|US|USA|Canada|[A-Z][a-z]+))*)", RegexOptions.IgnoreCase)]
    private static partial Regex CountryLimit();

    [GeneratedRegex(@"^\s*remote\s*[\(\-–:,]\s*(?<places>[^)]+)\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteCountry();

    [GeneratedRegex(@"\s+[-–—|·]\s+|\s*;\s*")]
    private static partial Regex SegmentSeparator();

    /// <summary>"Oakland University", "Boston College": a city's name that is part of another name.</summary>
    [GeneratedRegex(@"\G\s+(?:University|College|Institute|Hospital|County|Street|St\.|Avenue|Ave\.|Road|Park)\b")]
    private static partial Regex Institution();

    [GeneratedRegex(@"\b(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b")]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"\([^)]*\)?")]
    private static partial Regex Remarks();

    [GeneratedRegex(@"\b(?:or|and)\b|[&/,]", RegexOptions.IgnoreCase)]
    private static partial Regex Joiners();

    [GeneratedRegex(@"^(?:(?:Position|Role|Job|Location|Locations|Based|Remote|Hybrid|Onsite|On-site|In|At|Our|The)\s+)+")]
    private static partial Regex LeadingFiller();
}
