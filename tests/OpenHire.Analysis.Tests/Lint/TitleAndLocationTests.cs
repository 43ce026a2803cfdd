using OpenHire.Analysis.Lint;
using OpenHire.Analysis.Postings;
using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

public sealed class TitleAndLocationTests
{
    [Theory]
    [InlineData("SENIOR BACKEND ENGINEER")]
    [InlineData("STAFF NURSE - ICU")]
    public void AShoutedTitleIsAWarning(string title)
    {
        var finding = Assert.Single(Jobs.Lint(Jobs.Clean with { Title = title }));

        Assert.Equal("title.all-caps", finding.RuleId);
        Assert.Equal(new LintSpan(0, title.Length), finding.Span);
    }

    [Theory]
    [InlineData("AWS SRE II")]
    [InlineData("QA Lead")]
    [InlineData("Senior iOS Engineer")]
    [InlineData("Senior Backend Engineer (Python)")]
    [InlineData("Registered Nurse, 2024 Cohort")]
    public void AGoodTitleHasNoFindings(string title)
    {
        Assert.Empty(Jobs.Lint(Jobs.Clean with { Title = title }));
    }

    [Fact]
    public void AnEmojiInTheTitleIsAWarningAtTheEmoji()
    {
        const string title = "Backend Engineer \U0001F680";

        var finding = Assert.Single(Jobs.Lint(Jobs.Clean with { Title = title }));
        Assert.Equal("title.emoji", finding.RuleId);
        Assert.Equal(new LintSpan(17, 2), finding.Span);
    }

    [Theory]
    [InlineData("SWE II (Req #1234)", "(Req #1234)")]
    [InlineData("Data Analyst - Requisition ID: R-20931", "Requisition ID: R-20931")]
    [InlineData("Account Executive #48213", "#48213")]
    [InlineData("Nurse [100432]", "[100432]")]
    [InlineData("Job ID 5531 Welder", "Job ID 5531")]
    public void AnInternalCodeInTheTitleIsAWarning(string title, string code)
    {
        var finding = Assert.Single(Jobs.Lint(Jobs.Clean with { Title = title }));

        Assert.Equal("title.internal-code", finding.RuleId);
        Assert.Equal(new LintSpan(title.IndexOf(code, StringComparison.Ordinal), code.Length), finding.Span);
    }

    [Fact]
    public void AMissingTitleIsAWarning()
    {
        Assert.Equal(["title.missing"], Jobs.RuleIds(Jobs.Clean with { Title = " " }));
    }

    [Theory]
    [InlineData(WorkplaceType.Onsite)]
    [InlineData(WorkplaceType.Hybrid)]
    [InlineData(null)]
    public void ANonRemoteJobWithoutLocationIsAWarning(WorkplaceType? workplace)
    {
        var job = Jobs.Clean with { Locations = [], WorkplaceType = workplace };

        var finding = Assert.Single(Jobs.Lint(job));
        Assert.Equal("location.missing", finding.RuleId);
        Assert.Equal(JobField.Locations, finding.Field);
    }

    [Fact]
    public void ARemoteJobNeedsNoLocation()
    {
        Assert.Empty(Jobs.Lint(Jobs.Clean with { Locations = [], WorkplaceType = WorkplaceType.Remote }));
    }
}
