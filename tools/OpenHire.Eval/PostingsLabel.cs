using System.Text.Json.Serialization;

namespace OpenHire.Eval;

/// <summary>A posting in the corpus label format (shared/corpus/README.md), as written and as read back.</summary>
internal sealed record PostingLabel
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("format")] public string Format { get; init; } = "text";
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("company")] public string? Company { get; init; }
    [JsonPropertyName("locations")] public List<LocationLabel> Locations { get; init; } = [];
    [JsonPropertyName("workplace_type")] public string? WorkplaceType { get; init; }
    [JsonPropertyName("in_office_days_per_week")] public int? InOfficeDaysPerWeek { get; init; }
    [JsonPropertyName("employment_type")] public string? EmploymentType { get; init; }
    [JsonPropertyName("salary")] public SalaryLabel? Salary { get; init; }
    [JsonPropertyName("min_years_experience")] public int? MinYearsExperience { get; init; }
    [JsonPropertyName("education")] public EducationLabel? Education { get; init; }
    [JsonPropertyName("required_skills")] public List<string> RequiredSkills { get; init; } = [];
    [JsonPropertyName("preferred_skills")] public List<string> PreferredSkills { get; init; } = [];
    [JsonPropertyName("responsibilities_count")] public int ResponsibilitiesCount { get; init; }
    [JsonPropertyName("benefits_count")] public int BenefitsCount { get; init; }
}

internal sealed record LocationLabel(
    [property: JsonPropertyName("city")] string? City,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("country")] string? Country);

internal sealed record SalaryLabel(
    [property: JsonPropertyName("min")] decimal? Min,
    [property: JsonPropertyName("max")] decimal? Max,
    [property: JsonPropertyName("currency")] string? Currency,
    [property: JsonPropertyName("period")] string? Period);

internal sealed record EducationLabel(
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("or_equivalent_experience")] bool OrEquivalentExperience);
