using OpenHire.Analysis.Skills;
using Xunit;

namespace OpenHire.Analysis.Tests.Skills;

public sealed class SkillMatcherTests
{
    private static readonly SkillTaxonomy Taxonomy = SkillTaxonomy.Default;

    private static List<string> Names(string text) => Taxonomy.Find(text).Select(match => match.Skill.Name).ToList();

    [Theory]
    [InlineData("Experience with Postgres and k8s", new[] { "PostgreSQL", "Kubernetes" })]
    [InlineData("node.js, NodeJS or Node.js", new[] { "Node.js", "Node.js", "Node.js" })]
    [InlineData("C#, C++ and F# on .NET", new[] { "C#", "C++", "F#", ".NET" })]
    [InlineData("CI / CD pipelines", new[] { "CI/CD" })]
    [InlineData("Amazon Web Services (EC2, S3)", new[] { "AWS", "EC2", "S3" })]
    [InlineData("RESTful API design", new[] { "REST APIs" })]
    [InlineData("Google Cloud Platform", new[] { "GCP" })]
    public void Finds_skills_whatever_their_spelling(string text, string[] expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("We are good to go once the offer is signed.")]
    [InlineData("Go to our careers page to apply.")]
    [InlineData("Go-to-market teams use our platform.")]
    [InlineData("Our R&D group is in Boston.")]
    [InlineData("Please send a CV. R is for a requirement we list below.")]
    [InlineData("We build trust with customers.")]
    [InlineData("Respond swiftly to incidents.")]
    [InlineData("You will excel in a fast-paced team.")]
    [InlineData("Excel at communication and stay curious.")]
    [InlineData("We react quickly to feedback.")]
    [InlineData("A spark of curiosity matters to us.")]
    public void Ignores_ordinary_english(string text) => Assert.Empty(Names(text));

    [Fact]
    public void Does_not_find_java_inside_javascript() =>
        Assert.Equal(["JavaScript"], Names("Strong JavaScript skills"));

    [Theory]
    [InlineData("Python, Go and SQL", new[] { "Python", "Go", "SQL" })]
    [InlineData("Experience in Go", new[] { "Go" })]
    [InlineData("Statistics in R or Python", new[] { "Statistics", "R", "Python" })]
    [InlineData("Proficiency in Excel and Word", new[] { "Excel", "Word" })]
    [InlineData("Build iOS apps in Swift", new[] { "iOS", "Swift" })]
    [InlineData("Systems programming in Rust", new[] { "Systems programming", "Rust" })]
    public void Finds_ambiguous_names_when_context_supports_them(string text, string[] expected) =>
        Assert.Equal(expected, Names(text));

    [Fact]
    public void Reports_where_each_match_is()
    {
        const string text = "Use PostgreSQL daily";
        var match = Assert.Single(Taxonomy.Find(text));
        Assert.Equal("PostgreSQL", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Prefers_the_longest_spelling() =>
        Assert.Equal(["Spring Boot"], Names("Spring Boot services"));

    [Fact]
    public void Lists_each_skill_once_in_order_of_first_mention() =>
        Assert.Equal(["PostgreSQL", "Redis"], Taxonomy.FindDistinct("Postgres, Redis and more Postgres").Select(skill => skill.Name));

    [Fact]
    public void Finds_a_name_that_is_a_whole_list_entry() =>
        Assert.Equal(["DOM", "Excel"], Names("DOM\nExcel"));

    [Fact]
    public void Ignores_web_addresses() => Assert.Empty(Names("Apply at https://jobs.example.com/react-python-role"));

    [Fact]
    public void Returns_nothing_for_empty_text() => Assert.Empty(Taxonomy.Find(string.Empty));
}
