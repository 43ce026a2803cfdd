using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenHire.Analysis.Lint.Data;

/// <summary>The linter's data files (<c>Lint/Data/*.json</c>, embedded), loaded once on first use.</summary>
internal static class LintData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Lazy<IReadOnlyList<PayTransparencyLaw>> LawsData = new(() => Load<PayTransparencyFile>("pay-transparency.json").Jurisdictions);

    private static readonly Lazy<IReadOnlyList<WordingEntry>> WordingData = new(() => Load<WordingFile>("wording.json").Entries);

    private static readonly Lazy<IReadOnlyDictionary<string, TechnologyRelease>> ReleasesData = new(() =>
        Load<TechnologyReleaseFile>("technology-release-years.json").Technologies.ToDictionary(release => release.Name, StringComparer.Ordinal));

    public static IReadOnlyList<PayTransparencyLaw> PayTransparencyLaws => LawsData.Value;

    public static IReadOnlyList<WordingEntry> Wording => WordingData.Value;

    /// <summary>Release years by canonical skill name.</summary>
    public static IReadOnlyDictionary<string, TechnologyRelease> TechnologyReleases => ReleasesData.Value;

    private static T Load<T>(string fileName)
    {
        var resource = $"OpenHire.Analysis.Lint.Data.{fileName}";
        using var stream = typeof(LintData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"Embedded resource {resource} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{fileName} is empty.");
    }

    private sealed record PayTransparencyFile(IReadOnlyList<PayTransparencyLaw> Jurisdictions);

    private sealed record WordingFile(IReadOnlyList<WordingEntry> Entries);

    private sealed record TechnologyReleaseFile(IReadOnlyList<TechnologyRelease> Technologies);
}

/// <summary>A law requiring pay in job postings (see pay-transparency.json for the meaning of each field).</summary>
internal sealed record PayTransparencyLaw(
    string Id,
    string Name,
    string? Country,
    string? Region,
    string? City,
    IReadOnlyList<string>? CityAliases,
    IReadOnlyList<string>? Countries,
    int MinEmployees,
    DateOnly Effective,
    string Requirement,
    bool GoodFaithRange,
    decimal? MaxRangeWidth,
    decimal? PayCeiling,
    bool RemoteCovered,
    string Reference,
    string Note)
{
    /// <summary>True when the pay must be in the ad itself, not merely given before the interview.</summary>
    public bool RequiresPayInPosting => Requirement == "posting";
}

/// <summary>Words to avoid, with why and what to write instead (see wording.json).</summary>
internal sealed record WordingEntry(
    string Category,
    LintSeverity Severity,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string>? NotBefore,
    IReadOnlyList<JobField>? OnlyIn,
    IReadOnlyList<string>? UnlessAnywhere,
    IReadOnlyList<string> Alternatives,
    string Note);

/// <summary>When a technology first shipped, and when it reached 1.0 or general availability if later.</summary>
internal sealed record TechnologyRelease(string Name, int FirstRelease, int? StableRelease);
