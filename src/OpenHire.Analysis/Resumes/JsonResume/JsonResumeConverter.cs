using System.Text.Json;
using System.Text.Json.Nodes;
using OpenHire.Analysis.Resumes.Parsing;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Resumes.JsonResume;

/// <summary>
/// Converts profiles to and from JSON Resume (jsonresume.org schema 1.0: basics, work, education,
/// skills, languages, certificates). Import is lenient: unknown or malformed members are skipped.
/// </summary>
public static class JsonResumeConverter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(ResumeProfile profile) => ToJsonObject(profile).ToJsonString(Indented);

    public static JsonObject ToJsonObject(ResumeProfile profile)
    {
        var basics = new JsonObject();
        AddIfPresent(basics, "name", profile.Name);
        AddIfPresent(basics, "email", profile.Email);
        AddIfPresent(basics, "phone", profile.Phone?.AsWritten);
        if (profile.Location is { } location) basics["location"] = LocationObject(location);
        basics["profiles"] = new JsonArray(profile.Links.Select(ProfileObject).ToArray<JsonNode?>());

        return new JsonObject
        {
            ["basics"] = basics,
            ["work"] = new JsonArray(profile.Work.Select(WorkObject).ToArray<JsonNode?>()),
            ["education"] = new JsonArray(profile.Education.Select(EducationObject).ToArray<JsonNode?>()),
            ["skills"] = new JsonArray(profile.Skills.Select(s => (JsonNode?)new JsonObject { ["name"] = s.Name }).ToArray()),
            ["languages"] = new JsonArray(profile.Languages.Select(l => (JsonNode?)new JsonObject { ["language"] = l }).ToArray()),
            ["certificates"] = new JsonArray(profile.Certifications.Select(c => (JsonNode?)new JsonObject { ["name"] = c }).ToArray()),
        };
    }

    /// <summary>Reads a JSON Resume document; years of experience are derived again from its work history.</summary>
    public static ResumeProfile FromJson(string json, ResumeParserOptions? options = null)
    {
        options ??= ResumeParserOptions.Default;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return new ResumeProfile();
        }
        if (root is not JsonObject document) return new ResumeProfile();

        var basics = document["basics"] as JsonObject;
        var work = Items(document, "work").Select(ReadWork).ToList();
        var skills = Items(document, "skills").Select(s => Text(s, "name")).OfType<string>()
            .Select(name => (name, 1)).ToList();
        var phone = Text(basics, "phone");
        return new ResumeProfile
        {
            Name = Text(basics, "name"),
            Email = Text(basics, "email"),
            Phone = phone is null ? null : ContactParser.FindPhone([phone], options.DefaultPhoneRegion) ?? new PhoneNumberValue(phone, null),
            Location = ReadLocation(basics?["location"] as JsonObject),
            Links = Items(basics, "profiles").Select(p => Text(p, "url")).OfType<string>().ToList(),
            Work = work,
            Education = Items(document, "education").Select(ReadEducation).ToList(),
            Skills = ExperienceCalculator.DateSkills(skills, work, options),
            Languages = Items(document, "languages").Select(l => Text(l, "language")).OfType<string>().ToList(),
            Certifications = Items(document, "certificates").Select(c => Text(c, "name")).OfType<string>().ToList(),
            TotalYearsOfExperience = ExperienceCalculator.TotalYears(work, options.AsOf),
        };
    }

    private static JsonObject LocationObject(string location)
    {
        var parts = location.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new JsonObject { ["city"] = parts[0] };
        if (parts.Length > 1) result["region"] = string.Join(", ", parts.Skip(1));
        return result;
    }

    private static string? ReadLocation(JsonObject? location)
    {
        if (location is null) return null;
        var parts = new[] { Text(location, "city"), Text(location, "region"), Text(location, "countryCode") }.OfType<string>().ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : null;
    }

    private static JsonObject ProfileObject(string url)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", "") : "";
        var network = host.Split('.')[0];
        var result = new JsonObject { ["url"] = url };
        if (network.Length > 0) result["network"] = char.ToUpperInvariant(network[0]) + network[1..];
        var username = uri?.AbsolutePath.Trim('/').Split('/').LastOrDefault();
        if (!string.IsNullOrEmpty(username)) result["username"] = username;
        return result;
    }

    private static JsonObject WorkObject(WorkEntry entry)
    {
        var result = new JsonObject();
        AddIfPresent(result, "name", entry.Company);
        AddIfPresent(result, "position", entry.Title);
        AddIfPresent(result, "startDate", entry.Start?.ToString());
        if (!entry.IsCurrent) AddIfPresent(result, "endDate", entry.End?.ToString());
        AddIfPresent(result, "summary", string.IsNullOrWhiteSpace(entry.Description) ? null : entry.Description);
        return result;
    }

    private static WorkEntry ReadWork(JsonNode? node)
    {
        var start = Date(Text(node, "startDate"));
        var end = Date(Text(node, "endDate"));
        return new WorkEntry(Text(node, "name"), Text(node, "position"), start, end, start is not null && end is null)
        {
            Description = string.Join('\n', new[] { Text(node, "summary") }.OfType<string>()
                .Concat(Items(node, "highlights").Select(h => h?.GetValueKind() == JsonValueKind.String ? h.GetValue<string>() : null).OfType<string>())),
        };
    }

    private static JsonObject EducationObject(EducationEntry entry)
    {
        var result = new JsonObject();
        AddIfPresent(result, "institution", entry.Institution);
        AddIfPresent(result, "studyType", entry.Degree);
        AddIfPresent(result, "area", entry.Field);
        if (!entry.IsOngoing) AddIfPresent(result, "endDate", entry.End?.ToString());
        return result;
    }

    private static EducationEntry ReadEducation(JsonNode? node)
    {
        var degree = Text(node, "studyType");
        var end = Date(Text(node, "endDate"));
        return new EducationEntry(Text(node, "institution"), degree, Text(node, "area"), end, end is null && Text(node, "startDate") is not null)
        {
            Level = DegreeLevels.Classify(degree),
        };
    }

    // JSON Resume dates are "YYYY-MM-DD", "YYYY-MM" or "YYYY"; the day is not kept.
    private static PartialDate? Date(string? text)
    {
        if (text is null) return null;
        var trimmed = text.Length > 7 ? text[..7] : text;
        return PartialDate.TryParse(trimmed, out var date) ? date : null;
    }

    private static IEnumerable<JsonNode?> Items(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonArray array ? array : [];

    private static string? Text(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            && value.GetValue<string>() is { Length: > 0 } text ? text : null;

    private static void AddIfPresent(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) target[name] = value;
    }
}
