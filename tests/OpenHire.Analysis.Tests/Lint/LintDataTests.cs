using System.Text.Json;
using OpenHire.Analysis.Lint;
using OpenHire.Analysis.Skills;
using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

/// <summary>The embedded data files stay consistent with each other and with the skill taxonomy.</summary>
public sealed class LintDataTests
{
    [Fact]
    public void EveryTechnologyIsACanonicalTaxonomySkill()
    {
        var names = Technologies().Select(technology => technology.GetProperty("name").GetString()!).ToList();

        var notCanonical = names.Where(name => !SkillTaxonomy.Default.TryGet(name, out var skill) || skill.Name != name).ToList();
        Assert.Empty(notCanonical);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.True(names.Count >= 300, $"{names.Count} technologies");
    }

    [Fact]
    public void ReleaseYearsArePlausible()
    {
        foreach (var technology in Technologies())
        {
            var first = technology.GetProperty("firstRelease").GetInt32();
            Assert.InRange(first, 1950, DateTime.UtcNow.Year);
            if (technology.TryGetProperty("stableRelease", out var stable))
            {
                Assert.InRange(stable.GetInt32(), first + 1, DateTime.UtcNow.Year);
            }
        }
    }

    [Fact]
    public void TheRequiredJurisdictionsAreListedWithReferenceSizeAndDate()
    {
        var laws = Resource("pay-transparency.json").GetProperty("jurisdictions").EnumerateArray().ToList();

        string[] required = ["US-CA", "US-CO", "US-NY", "US-NY-NYC", "US-NY-ITH", "US-WA", "US-IL", "US-MD", "US-HI", "US-MA", "US-MN", "US-VT", "US-NJ", "US-NJ-JC", "US-DC", "US-DE", "US-OH-CLE", "US-OH-CMH", "CA-ON", "CA-BC", "EU"];
        Assert.Equal(required.Order(), laws.Select(law => law.GetProperty("id").GetString()!).Order());
        foreach (var law in laws)
        {
            Assert.False(string.IsNullOrWhiteSpace(law.GetProperty("reference").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(law.GetProperty("note").GetString()));
            Assert.True(law.GetProperty("minEmployees").GetInt32() >= 1);
            Assert.True(DateOnly.TryParse(law.GetProperty("effective").GetString(), out _));
            Assert.Contains(law.GetProperty("requirement").GetString(), new[] { "posting", "beforeInterview" });
        }
    }

    [Fact]
    public void ThePayTransparencyDataSaysWhenItWasReviewedAndThatItIsNotLegalAdvice()
    {
        var file = Resource("pay-transparency.json");

        Assert.True(DateOnly.TryParse(file.GetProperty("reviewed").GetString(), out var reviewed));
        Assert.InRange(reviewed, new DateOnly(2026, 1, 1), DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Contains("not legal advice", file.GetProperty("_comment").GetString());
    }

    [Fact]
    public void TheEuDirectiveCoversAllTwentySevenMemberStates()
    {
        var eu = Resource("pay-transparency.json").GetProperty("jurisdictions").EnumerateArray().Single(law => law.GetProperty("id").GetString() == "EU");

        Assert.Equal(27, eu.GetProperty("countries").EnumerateArray().Select(country => country.GetString()).Distinct().Count());
    }

    [Fact]
    public void EveryWordingTermIsListedOnceWithAlternatives()
    {
        var entries = Resource("wording.json").GetProperty("entries").EnumerateArray().ToList();
        var terms = entries.SelectMany(entry => entry.GetProperty("terms").EnumerateArray().Select(term => term.GetString()!.ToLowerInvariant())).ToList();

        Assert.Equal(terms.Count, terms.Distinct().Count());
        Assert.All(entries, entry => Assert.NotEmpty(entry.GetProperty("alternatives").EnumerateArray()));
        Assert.Equal(
            ["ableist", "ageist", "exclusionary", "feminine-coded", "masculine-coded"],
            entries.Select(entry => entry.GetProperty("category").GetString()!).Distinct().Order());
    }

    private static IEnumerable<JsonElement> Technologies() => Resource("technology-release-years.json").GetProperty("technologies").EnumerateArray();

    private static JsonElement Resource(string fileName)
    {
        using var stream = typeof(PostingLinter).Assembly.GetManifestResourceStream($"OpenHire.Analysis.Lint.Data.{fileName}")!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }
}
