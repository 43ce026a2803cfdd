using System.Text;
using OpenHire.Analysis.Skills;
using Xunit;

namespace OpenHire.Analysis.Tests.Skills;

public sealed class SkillTaxonomyTests
{
    private static readonly SkillTaxonomy Taxonomy = SkillTaxonomy.Default;

    [Fact]
    public void Holds_at_least_two_thousand_skills_across_fields_of_work()
    {
        Assert.True(Taxonomy.Skills.Count >= 2000, $"only {Taxonomy.Skills.Count} skills");
        foreach (var category in new[] { "Clinical care", "Sales", "Finance and accounting", "Skilled trades", "Logistics and supply chain", "Education", "Design", "Hospitality and food service" })
        {
            Assert.Contains(category, Taxonomy.Categories);
        }
    }

    [Theory]
    [InlineData("postgres", "PostgreSQL")]
    [InlineData("K8S", "Kubernetes")]
    [InlineData("Amazon Web Services", "AWS")]
    [InlineData("nodejs", "Node.js")]
    [InlineData("ci / cd", "CI/CD")]
    [InlineData("Apache Spark", "Spark")]
    [InlineData("Microsoft Excel", "Excel")]
    [InlineData("REST API", "REST APIs")]
    public void Looks_up_any_spelling(string spelling, string canonical)
    {
        Assert.True(Taxonomy.TryGet(spelling, out var skill));
        Assert.Equal(canonical, skill.Name);
    }

    [Fact]
    public void Does_not_invent_skills() => Assert.False(Taxonomy.TryGet("underwater basket weaving", out _));

    [Fact]
    public void Knows_what_a_skill_implies_and_relates_to()
    {
        Assert.True(Taxonomy.TryGet("EKS", out var eks));
        Assert.Equal(["AWS", "Kubernetes"], eks.Implies.Select(skill => skill.Name).Order());
        Assert.True(Taxonomy.TryGet("FastAPI", out var fastApi));
        Assert.Contains(fastApi.WithImplied(), skill => skill.Name == "Python");
        Assert.True(Taxonomy.TryGet("PostgreSQL", out var postgres));
        Assert.Contains(postgres.Related, skill => skill.Name == "MySQL");
    }

    [Fact]
    public void Loads_the_same_skills_again_from_its_data()
    {
        // How fast it loads is measured by the benchmark (docs/benchmarks.md), not here.
        var taxonomy = LoadFresh();
        Assert.Equal(Taxonomy.Skills.Count, taxonomy.Skills.Count);
    }

    [Fact]
    public void Rejects_a_spelling_claimed_by_two_skills()
    {
        const string data = """{"categories": {"A": ["Python", {"name": "Snake", "aliases": ["python"]}]}}""";
        var error = Assert.Throws<InvalidDataException>(() => SkillTaxonomy.Load([new MemoryStream(Encoding.UTF8.GetBytes(data))]));
        Assert.Contains("python", error.Message);
    }

    [Fact]
    public void Rejects_a_relation_to_an_unknown_skill()
    {
        const string data = """{"categories": {"A": [{"name": "FastAPI", "implies": ["Pythn"]}]}}""";
        var error = Assert.Throws<InvalidDataException>(() => SkillTaxonomy.Load([new MemoryStream(Encoding.UTF8.GetBytes(data))]));
        Assert.Contains("Pythn", error.Message);
    }

    private static SkillTaxonomy LoadFresh()
    {
        var assembly = typeof(SkillTaxonomy).Assembly;
        var streams = assembly.GetManifestResourceNames().Where(name => name.EndsWith(".json", StringComparison.Ordinal) && name.Contains(".Skills.Data.", StringComparison.Ordinal))
            .Select(name => assembly.GetManifestResourceStream(name)!).ToList();
        return SkillTaxonomy.Load(streams);
    }
}
