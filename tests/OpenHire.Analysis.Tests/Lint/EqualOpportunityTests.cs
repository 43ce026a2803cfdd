using OpenHire.Analysis.Lint;
using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

public sealed class EqualOpportunityTests
{
    [Fact]
    public void AMissingStatementIsAWarning()
    {
        var finding = Assert.Single(Jobs.Lint(Jobs.Clean with { EqualOpportunityStatement = "" }));

        Assert.Equal("eeo.missing", finding.RuleId);
        Assert.Equal(LintSeverity.Warning, finding.Severity);
        Assert.Equal(JobField.EqualOpportunityStatement, finding.Field);
        Assert.Contains("equal opportunity employer", finding.Suggestion);
    }

    [Theory]
    [InlineData("We are an Equal Employment Opportunity employer.")]
    [InlineData("All qualified applicants will receive consideration without regard to race or religion.")]
    [InlineData("Acme does not discriminate on the basis of disability.")]
    [InlineData("We are an EEO/AA employer.")]
    public void AStatementFoldedIntoAnotherFieldCounts(string howToApply)
    {
        var job = Jobs.Clean with { EqualOpportunityStatement = "", HowToApply = howToApply };

        Assert.Empty(Jobs.Lint(job));
    }

    [Fact]
    public void OpportunityAloneIsNotAStatement()
    {
        var job = Jobs.Clean with { EqualOpportunityStatement = "", Summary = "A great opportunity to grow with equal parts code and design." };

        Assert.Equal(["eeo.missing"], Jobs.RuleIds(job));
    }
}
