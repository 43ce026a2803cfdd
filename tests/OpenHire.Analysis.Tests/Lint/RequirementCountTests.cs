using OpenHire.Analysis.Lint;
using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

public sealed class RequirementCountTests
{
    private static JobForLint WithRequirements(int count) =>
        Jobs.Clean with { RequiredQualifications = Enumerable.Range(1, count).Select(index => $"Requirement number {index}").ToList() };

    [Fact]
    public void UpToTheRecommendedNumberIsFine()
    {
        Assert.Empty(Jobs.Lint(WithRequirements(8)));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    public void AFewAboveTheRecommendationIsInfo(int count)
    {
        var finding = Assert.Single(Jobs.Lint(WithRequirements(count)));

        Assert.Equal("requirements.many", finding.RuleId);
        Assert.Equal(LintSeverity.Info, finding.Severity);
        Assert.Contains("preferred", finding.Suggestion);
    }

    [Fact]
    public void MoreThanTenItemsIsAWarning()
    {
        var finding = Assert.Single(Jobs.Lint(WithRequirements(11)));

        Assert.Equal("requirements.too-many", finding.RuleId);
        Assert.Equal(LintSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void MoreThanTwelveRequiredSkillsInFewItemsIsAWarning()
    {
        var job = Jobs.Clean with
        {
            RequiredQualifications =
            [
                "Python, Java, Kotlin, Scala and TypeScript",
                "PostgreSQL, MySQL, MongoDB and Redis",
                "Docker, Terraform, Ansible and Jenkins",
            ],
        };

        var finding = Assert.Single(Jobs.Lint(job));
        Assert.Equal("requirements.too-many", finding.RuleId);
        Assert.Contains("13 skills", finding.Message);
    }

    [Fact]
    public void BlankItemsDoNotCount()
    {
        var job = WithRequirements(8) with { RequiredQualifications = [.. WithRequirements(8).RequiredQualifications, "", "  "] };

        Assert.Empty(Jobs.Lint(job));
    }

    [Fact]
    public void SkillsInParenthesesAreExamplesAndDoNotCount()
    {
        var job = Jobs.Clean with
        {
            RequiredQualifications =
            [
                "Python and backend frameworks (Django, FastAPI, Flask, Spring, Rails)",
                "Relational databases (PostgreSQL, MySQL, SQL Server, Oracle Database)",
                "Cloud services (AWS, Azure, GCP, EC2, S3)",
            ],
        };

        Assert.Empty(Jobs.Lint(job));
    }
}
