using OpenHire.Analysis.Lint;
using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

public sealed class WordingTests
{
    private static IReadOnlyList<LintFinding> LintSummary(string summary) =>
        Jobs.Lint(Jobs.Clean with { Summary = summary }).Where(finding => finding.RuleId.StartsWith("wording.", StringComparison.Ordinal)).ToList();

    [Theory]
    [InlineData("We want a rockstar engineer.", "rockstar", "wording.masculine-coded", LintSeverity.Warning)]
    [InlineData("Join as a coding ninja.", "ninja", "wording.masculine-coded", LintSeverity.Warning)]
    [InlineData("You are a Rock Star at SQL.", "Rock Star", "wording.masculine-coded", LintSeverity.Warning)]
    [InlineData("Be aggressive about deadlines.", "aggressive", "wording.masculine-coded", LintSeverity.Info)]
    [InlineData("We dominate the market.", "dominate", "wording.masculine-coded", LintSeverity.Info)]
    [InlineData("You are highly competitive.", "competitive", "wording.masculine-coded", LintSeverity.Info)]
    [InlineData("You are competitive. Salary is fair.", "competitive", "wording.masculine-coded", LintSeverity.Info)]
    [InlineData("Our salesman team is growing.", "salesman", "wording.masculine-coded", LintSeverity.Warning)]
    [InlineData("A nurturing mentor.", "nurturing", "wording.feminine-coded", LintSeverity.Info)]
    [InlineData("Ideal for a digital native.", "digital native", "wording.ageist", LintSeverity.Warning)]
    [InlineData("A young and energetic team.", "young", "wording.ageist", LintSeverity.Warning)]
    [InlineData("Applicants must be able-bodied.", "able-bodied", "wording.ableist", LintSeverity.Warning)]
    [InlineData("Applicants must be able bodied.", "able bodied", "wording.ableist", LintSeverity.Warning)]
    [InlineData("Native English speaker required.", "Native English speaker", "wording.exclusionary", LintSeverity.Warning)]
    [InlineData("We hire for culture fit.", "culture fit", "wording.exclusionary", LintSeverity.Warning)]
    [InlineData("We work hard, play hard.", "work hard, play hard", "wording.masculine-coded", LintSeverity.Warning)]
    public void FlagsTheWordWithItsSpanSeverityAndAlternatives(string summary, string word, string ruleId, LintSeverity severity)
    {
        var finding = LintSummary(summary).First();

        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(JobField.Summary, finding.Field);
        Assert.Equal(new LintSpan(summary.IndexOf(word, StringComparison.Ordinal), word.Length), finding.Span);
        Assert.StartsWith("Consider:", finding.Suggestion);
    }

    [Theory]
    [InlineData("We are based in Youngstown.")]
    [InlineData("The predominant stack is Python.")]
    [InlineData("We offer a competitive salary.")]
    [InlineData("Competitive compensation and benefits.")]
    [InlineData("A highly competitive base salary.")]
    [InlineData("You will teach young children to read.")]
    [InlineData("You will protect sensitive data.")]
    [InlineData("We are native to the cloud; speakers at conferences.")]
    [InlineData("Our work is hard. Play hard games with us.")]
    public void DoesNotFireOnHarmlessUses(string summary)
    {
        var findings = LintSummary(summary);

        Assert.True(findings.Count == 0, string.Join("; ", findings.Select(finding => finding.Message)));
    }

    [Fact]
    public void MatchesWholeWordsOnly()
    {
        Assert.Empty(LintSummary("Our ninjago fans love gurugram and youngsters."));
    }

    [Fact]
    public void CompetitiveSalaryInTheBenefitsIsNotFlagged()
    {
        var job = Jobs.Clean with { Benefits = ["Competitive salary and equity package", "Competitive pay"] };

        Assert.Empty(Jobs.Lint(job));
    }

    [Fact]
    public void RecentGraduateIsFlaggedOnlyAsARequirement()
    {
        var required = Jobs.Clean with { RequiredQualifications = ["Recent graduate in Computer Science"] };
        var welcomed = Jobs.Clean with { Summary = "Recent graduates are welcome to apply." };

        var finding = Assert.Single(Jobs.Lint(required));
        Assert.Equal("wording.ageist", finding.RuleId);
        Assert.Equal(JobField.RequiredQualifications, finding.Field);
        Assert.Equal(0, finding.ItemIndex);
        Assert.Empty(Jobs.Lint(welcomed));
    }

    [Fact]
    public void ALiftingRequirementIsInfoUnlessThePostingMentionsAccommodation()
    {
        var lifting = Jobs.Clean with { RequiredQualifications = ["Must be able to lift 50 pounds"] };
        var accommodated = lifting with { EqualOpportunityStatement = "We are an equal opportunity employer and provide reasonable accommodations." };

        var finding = Assert.Single(Jobs.Lint(lifting));
        Assert.Equal("wording.ableist", finding.RuleId);
        Assert.Equal(LintSeverity.Info, finding.Severity);
        Assert.Equal(new LintSpan(0, "Must be able to lift".Length), finding.Span);
        Assert.Empty(Jobs.Lint(accommodated));
    }

    [Fact]
    public void ReportsTheItemIndexOfAListEntry()
    {
        var job = Jobs.Clean with { Responsibilities = ["Ship features", "Be a ninja on call"] };

        var finding = Assert.Single(Jobs.Lint(job));
        Assert.Equal(JobField.Responsibilities, finding.Field);
        Assert.Equal(1, finding.ItemIndex);
        Assert.Equal(new LintSpan(5, 5), finding.Span);
    }

    [Fact]
    public void FindsEveryOccurrence()
    {
        Assert.Equal(2, LintSummary("A rockstar team needs a rockstar lead.").Count);
    }
}
