using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes;
using OpenHire.Analysis.Resumes.JsonResume;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

public sealed class JsonResumeConverterTests
{
    private static readonly ResumeParserOptions Options = new() { AsOf = new DateOnly(2025, 6, 1) };

    [Fact]
    public void Exports_the_json_resume_sections_with_schema_shaped_values()
    {
        var json = JsonNode.Parse(JsonResumeConverter.ToJson(ResumeParser.Parse(SampleResumes.Classic, options: Options)))!.AsObject();

        Assert.Equal(["basics", "work", "education", "skills", "languages", "certificates"], json.Select(p => p.Key));
        Assert.Equal("Maria Gonzalez", (string?)json["basics"]!["name"]);
        Assert.Equal("Springfield", (string?)json["basics"]!["location"]!["city"]);
        var current = json["work"]![0]!;
        Assert.Equal("Northwind Traders", (string?)current["name"]);
        Assert.Equal("Senior Backend Engineer", (string?)current["position"]);
        Assert.Equal("2020-03", (string?)current["startDate"]);
        Assert.Null(current["endDate"]);
        Assert.Equal("Bachelor of Science", (string?)json["education"]![0]!["studyType"]);

        // The schema's date pattern: YYYY, YYYY-MM or YYYY-MM-DD.
        var datePattern = new Regex(@"^\d{4}(-\d{2}){0,2}$");
        var dates = json["work"]!.AsArray().Concat(json["education"]!.AsArray())
            .SelectMany(entry => new[] { entry!["startDate"], entry["endDate"] }).OfType<JsonNode>().Select(d => (string)d!);
        Assert.All(dates, d => Assert.Matches(datePattern, d));
    }

    [Fact]
    public void Round_trips_a_profile()
    {
        var original = ResumeParser.Parse(SampleResumes.Classic, options: Options);
        var imported = JsonResumeConverter.FromJson(JsonResumeConverter.ToJson(original), Options);

        Assert.Equal(original.Name, imported.Name);
        Assert.Equal(original.Email, imported.Email);
        Assert.Equal(original.Phone, imported.Phone);
        Assert.Equal(original.Location, imported.Location);
        Assert.Equal(original.Links, imported.Links);
        Assert.Equal(original.Work.Select(w => (w.Company, w.Title, w.Start, w.End, w.IsCurrent)), imported.Work.Select(w => (w.Company, w.Title, w.Start, w.End, w.IsCurrent)));
        Assert.Equal(original.Education, imported.Education);
        Assert.Equal(original.Skills.Select(s => (s.Name, s.Years)), imported.Skills.Select(s => (s.Name, s.Years)));
        Assert.Equal(original.Languages, imported.Languages);
        Assert.Equal(original.Certifications, imported.Certifications);
        Assert.Equal(original.TotalYearsOfExperience, imported.TotalYearsOfExperience);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("{\"basics\": 5, \"work\": {\"name\": 1}, \"skills\": [null, 3, {\"name\": 7}]}")]
    public void Imports_malformed_documents_as_an_empty_profile(string json)
    {
        var profile = JsonResumeConverter.FromJson(json, Options);
        Assert.Null(profile.Name);
        Assert.Empty(profile.Work);
        Assert.Empty(profile.Skills);
    }
}
