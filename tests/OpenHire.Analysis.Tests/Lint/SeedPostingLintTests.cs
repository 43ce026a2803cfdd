using OpenHire.Analysis.Lint;
using OpenHire.Analysis.Postings;
using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

public sealed class SeedPostingLintTests
{
    private static readonly PostingReadResult Seed = PostingReader.Read(ReadSeed("senior-backend-engineer.txt"));

    [Fact]
    public void TheSeedIsInSanFranciscoWithAPayRangeAndAnEqualOpportunityStatement()
    {
        var ruleIds = PostingLinter.Lint(Seed, Jobs.AsOf).Select(finding => finding.RuleId).ToList();

        Assert.DoesNotContain(ruleIds, id => id.StartsWith("pay-transparency.", StringComparison.Ordinal));
        Assert.DoesNotContain("salary.missing", ruleIds);
        Assert.DoesNotContain("eeo.missing", ruleIds);
    }

    [Fact]
    public void TheSeedHasOnlyTheLongRequiredListToImprove()
    {
        // Nine required items: one above the recommended eight. "Competitive salary" is a benefit, not a demand.
        var finding = Assert.Single(PostingLinter.Lint(Seed, Jobs.AsOf));

        Assert.Equal("requirements.many", finding.RuleId);
    }

    [Fact]
    public void TheSeedMapsOntoTheStructuredJob()
    {
        var job = PostingLinter.ToJob(Seed);

        Assert.Equal("Senior Backend Engineer", job.Title);
        Assert.Equal(9, job.RequiredQualifications.Count);
        Assert.Equal(7, job.PreferredQualifications.Count);
        Assert.Contains("equal opportunity employer", job.EqualOpportunityStatement, StringComparison.Ordinal);
        Assert.Equal(new JobLocation("San Francisco", "CA", "US"), job.Locations.Single());
        Assert.Equal(150_000m, job.Salary?.Min);
        Assert.Equal(220_000m, job.Salary?.Max);
    }

    [Fact]
    public void FindingsInAPastedPostingPointIntoItsText()
    {
        var text = ReadSeed("senior-backend-engineer.txt")
            .Replace("Mentor junior and mid-level engineers", "Be a rockstar mentor to junior engineers", StringComparison.Ordinal)
            .Replace("Experience with Kubernetes for container orchestration", "15+ years of Kubernetes", StringComparison.Ordinal);
        var read = PostingReader.Read(text);

        var findings = PostingLinter.Lint(read, Jobs.AsOf);

        var rockstar = Assert.Single(findings, finding => finding.RuleId == "wording.masculine-coded");
        Assert.Equal(JobField.Responsibilities, rockstar.Field);
        Assert.Equal("rockstar", Spanned(read.Text, rockstar));
        var kubernetes = Assert.Single(findings, finding => finding.RuleId == "experience.impossible");
        Assert.Equal(JobField.PreferredQualifications, kubernetes.Field);
        Assert.Equal("15+ years of Kubernetes", Spanned(read.Text, kubernetes));
    }

    [Fact]
    public void APastedPostingWithoutPayOrStatementIsFlagged()
    {
        var text = ReadSeed("senior-backend-engineer.txt")
            .Replace("Salary Range: $150,000 - $220,000 (DOE)", "", StringComparison.Ordinal)
            .Replace("Equal Opportunity:\nWe are an equal opportunity employer and value diversity. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status.\n", "", StringComparison.Ordinal);

        Assert.DoesNotContain("Equal Opportunity", text, StringComparison.Ordinal);
        var ruleIds = PostingLinter.Lint(PostingReader.Read(text), Jobs.AsOf).Select(finding => finding.RuleId).ToList();

        Assert.Contains("pay-transparency.missing-range", ruleIds);
        Assert.Contains("eeo.missing", ruleIds);
    }

    private static string Spanned(string text, LintFinding finding) =>
        finding.Span is { } span ? text.Substring(span.Start, span.Length) : "";

    /// <summary>The seed lives in <c>shared/seed</c>, a sibling of the repository; walk up from the test's folder to find it.</summary>
    private static string ReadSeed(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "seed", fileName);
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        throw new FileNotFoundException($"shared/seed/{fileName} was not found above {AppContext.BaseDirectory}.");
    }
}
