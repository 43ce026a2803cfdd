using OpenHire.Analysis.Lint;
using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

public sealed class ImpossibleExperienceTests
{
    private static IReadOnlyList<LintFinding> LintRequired(string requirement, DateOnly? asOf = null) =>
        PostingLinter.Lint(Jobs.Clean with { RequiredQualifications = [requirement] }, asOf ?? Jobs.AsOf)
            .Where(finding => finding.RuleId.StartsWith("experience.", StringComparison.Ordinal))
            .ToList();

    [Theory]
    [InlineData("15+ years of Kubernetes", "15+ years of Kubernetes", "Kubernetes")]
    [InlineData("At least 17 years experience with Rust", "17 years experience with Rust", "Rust")]
    [InlineData("Rust (17+ years)", "Rust (17+ years)", "Rust")]
    [InlineData("10 years of FastAPI in production", "10 years of FastAPI", "FastAPI")]
    [InlineData("Minimum 14 yrs of Docker", "14 yrs of Docker", "Docker")]
    [InlineData("12-15 years' experience in GraphQL", "12-15 years' experience in GraphQL", "GraphQL")]
    [InlineData("fifteen years of TypeScript", "fifteen years of TypeScript", "TypeScript")]
    [InlineData("Swift (15 years of experience)", "Swift (15 years of experience)", "Swift")]
    public void AnImpossibleDemandIsAnErrorWithItsSpan(string requirement, string flagged, string skill)
    {
        var finding = Assert.Single(LintRequired(requirement));

        Assert.Equal("experience.impossible", finding.RuleId);
        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Contains(skill, finding.Message);
        Assert.Equal(new LintSpan(requirement.IndexOf(flagged, StringComparison.Ordinal), flagged.Length), finding.Span);
    }

    [Theory]
    [InlineData("5+ years of Kubernetes")]
    [InlineData("11 years of Kubernetes")]
    [InlineData("10+ years of Java")]
    [InlineData("8 years of Python")]
    [InlineData("Rust (5+ years)")]
    [InlineData("15+ years of software engineering")]
    [InlineData("15+ years of experience, including some Kubernetes")]
    [InlineData("20 years in industry. Kubernetes is a plus")]
    [InlineData("15+ years of experience in software, with some Kubernetes")]
    [InlineData("15 years of backend work; Kubernetes a plus")]
    [InlineData("Experience with Kubernetes for 2 years, 15 years overall")]
    public void APossibleDemandIsNotFlagged(string requirement)
    {
        Assert.Empty(LintRequired(requirement));
    }

    [Fact]
    public void ADemandBeyondTheStableReleaseIsAWarning()
    {
        // Kotlin went public in 2011 and reached 1.0 in 2016.
        var finding = Assert.Single(LintRequired("12+ years of Kotlin"));

        Assert.Equal("experience.unlikely", finding.RuleId);
        Assert.Equal(LintSeverity.Warning, finding.Severity);
        Assert.Contains("2016", finding.Message);
    }

    [Fact]
    public void TheReferenceDateDecides()
    {
        // Terraform first shipped in 2014.
        Assert.Single(LintRequired("12 years of Terraform", new DateOnly(2025, 12, 31)));
        Assert.Empty(LintRequired("12 years of Terraform", new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void EverySkillInTheClauseIsChecked()
    {
        var findings = LintRequired("14+ years of experience with Docker and Kubernetes");

        Assert.Equal(["Docker", "Kubernetes"], findings.Select(finding => finding.Message.Contains("Docker", StringComparison.Ordinal) ? "Docker" : "Kubernetes"));
    }

    [Fact]
    public void PreferredItemsAreCheckedToo()
    {
        var job = Jobs.Clean with { PreferredQualifications = ["13+ years of Terraform"] };

        var finding = Assert.Single(Jobs.Lint(job));
        Assert.Equal("experience.impossible", finding.RuleId);
        Assert.Equal(JobField.PreferredQualifications, finding.Field);
    }

    [Fact]
    public void GoInsideAnotherWordIsNotTheLanguage()
    {
        Assert.Empty(LintRequired("20 years of good judgement and a go-getter attitude"));
    }

    [Fact]
    public void TheGoLanguageIsRecognised()
    {
        var finding = Assert.Single(LintRequired("20 years of Golang"));

        Assert.Contains("Go ", finding.Message);
    }
}
