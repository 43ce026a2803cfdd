using OpenHire.Analysis.Lint;
using OpenHire.Analysis.Postings;
using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

public sealed class PayTransparencyTests
{
    private static JobForLint Unpaid => Jobs.Clean with { Salary = null };

    [Theory]
    [InlineData("San Francisco", "CA", "US")]
    [InlineData("Denver", "CO", "US")]
    [InlineData("Albany", "NY", "US")]
    [InlineData("Brooklyn", "NY", "US")]
    [InlineData("Seattle", "WA", "US")]
    [InlineData("Chicago", "IL", "US")]
    [InlineData("Baltimore", "MD", "US")]
    [InlineData("Honolulu", "HI", "US")]
    [InlineData("Boston", "MA", "US")]
    [InlineData("Minneapolis", "MN", "US")]
    [InlineData("Burlington", "VT", "US")]
    [InlineData("Newark", "NJ", "US")]
    [InlineData("Washington", "DC", "US")]
    [InlineData("Cleveland", "OH", "US")]
    [InlineData("Columbus", "OH", "US")]
    [InlineData("Toronto", "ON", "CA")]
    [InlineData("Vancouver", "BC", "CA")]
    [InlineData("Berlin", null, "DE")]
    [InlineData("Madrid", null, "ES")]
    public void MissingPayWhereTheLawRequiresItIsAFinding(string city, string? region, string country)
    {
        var finding = Assert.Single(Jobs.Lint(Unpaid.At(city, region, country)), finding => finding.RuleId == "pay-transparency.missing-range");

        Assert.Equal(JobField.Salary, finding.Field);
        Assert.NotNull(finding.Suggestion);
    }

    [Theory]
    [InlineData("Austin", "TX", "US")]
    [InlineData("Miami", "FL", "US")]
    [InlineData("Cincinnati", "OH", "US")]
    [InlineData("Toledo", "OH", "US")]
    [InlineData("Calgary", "AB", "CA")]
    [InlineData("London", null, "GB")]
    [InlineData("Zurich", null, "CH")]
    public void MissingPayWhereNoLawAppliesIsOnlyInfo(string city, string? region, string country)
    {
        var finding = Assert.Single(Jobs.Lint(Unpaid.At(city, region, country)));

        Assert.Equal("salary.missing", finding.RuleId);
        Assert.Equal(LintSeverity.Info, finding.Severity);
    }

    [Fact]
    public void AUsLawInForceIsAnError()
    {
        var finding = Assert.Single(Jobs.Lint(Unpaid.At("Denver", "CO", "US")));

        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Contains("Colorado", finding.Message);
        Assert.Contains("C.R.S.", finding.Message);
    }

    [Fact]
    public void TheEuDirectiveAllowsPayBeforeTheInterviewSoItIsAWarning()
    {
        var finding = Assert.Single(Jobs.Lint(Unpaid.At("Paris", null, "FR")));

        Assert.Equal(LintSeverity.Warning, finding.Severity);
        Assert.Contains("2023/970", finding.Message);
    }

    [Fact]
    public void ALawNotYetInForceIsMentionedAsUpcoming()
    {
        var beforeEuDeadline = PostingLinter.Lint(Unpaid.At("Paris", null, "FR"), new DateOnly(2026, 1, 15));

        var finding = Assert.Single(beforeEuDeadline);
        Assert.Equal("pay-transparency.upcoming", finding.RuleId);
        Assert.Equal(LintSeverity.Info, finding.Severity);
        Assert.Contains("2026-06-07", finding.Message);
    }

    [Fact]
    public void OntarioAppliesFrom2026()
    {
        Assert.Equal(["salary.missing"], PostingLinter.Lint(Unpaid.At("Toronto", "ON", "CA"), new DateOnly(2024, 6, 1)).Select(finding => finding.RuleId));
        Assert.Equal(["pay-transparency.missing-range"], PostingLinter.Lint(Unpaid.At("Toronto", "ON", "CA"), new DateOnly(2026, 1, 1)).Select(finding => finding.RuleId));
    }

    [Fact]
    public void NewYorkCityAndTheStateAreBothNamed()
    {
        var finding = Assert.Single(Jobs.Lint(Unpaid.At("New York City", "NY", "US")));

        Assert.Contains("New York State", finding.Message);
        Assert.Contains("Local Law 32", finding.Message);
    }

    [Fact]
    public void IthacaIsNamedBesideTheStateOnlyForJobsInIthaca()
    {
        var inIthaca = Assert.Single(Jobs.Lint(Unpaid.At("Ithaca", "NY", "US")));
        var inAlbany = Assert.Single(Jobs.Lint(Unpaid.At("Albany", "NY", "US")));

        Assert.Contains("Ithaca City Code", inIthaca.Message);
        Assert.Contains("New York State", inIthaca.Message);
        Assert.DoesNotContain("Ithaca", inAlbany.Message);
    }

    [Fact]
    public void DelawareIsUpcomingUntilSeptember2027AndOnlyForJobsInDelaware()
    {
        var wilmington = Unpaid.At("Wilmington", "DE", "US");

        Assert.Equal(["salary.missing"], PostingLinter.Lint(wilmington, new DateOnly(2026, 6, 1)).Select(finding => finding.RuleId));
        Assert.Equal(["pay-transparency.upcoming"], Jobs.RuleIds(wilmington));
        Assert.Equal(["pay-transparency.missing-range"], PostingLinter.Lint(wilmington, new DateOnly(2027, 9, 26)).Select(finding => finding.RuleId));
        Assert.Equal(["salary.missing"], Jobs.RuleIds(Unpaid.At("Philadelphia", "PA", "US")));
    }

    [Fact]
    public void ASmallEmployerBelowEveryThresholdIsNotCovered()
    {
        var smallInHawaii = Unpaid.At("Honolulu", "HI", "US") with { EmployerHeadcount = 49 };
        var largeInHawaii = smallInHawaii with { EmployerHeadcount = 50 };

        Assert.Equal(["salary.missing"], Jobs.RuleIds(smallInHawaii));
        Assert.Equal(["pay-transparency.missing-range"], Jobs.RuleIds(largeInHawaii));
    }

    [Fact]
    public void AnUnknownHeadcountMentionsTheThreshold()
    {
        var finding = Assert.Single(Jobs.Lint(Unpaid.At("Honolulu", "HI", "US")));

        Assert.Contains("50+ employees", finding.Message);
    }

    [Fact]
    public void ARemoteJobOpenToTheWholeCountryCountsForEveryStateThatCoversRemoteWork()
    {
        var remoteUs = Unpaid.At(null, null, "US") with { WorkplaceType = WorkplaceType.Remote };

        var finding = Assert.Single(Jobs.Lint(remoteUs));
        Assert.Equal("pay-transparency.missing-range", finding.RuleId);
        Assert.Contains("Colorado", finding.Message);
        Assert.Contains("California", finding.Message);
        Assert.DoesNotContain("Cleveland", finding.Message);
    }

    [Fact]
    public void AnOnsiteJobWithOnlyACountryIsNotPlacedInAnyState()
    {
        var onsiteUs = Unpaid.At(null, null, "US") with { WorkplaceType = WorkplaceType.Onsite };

        Assert.Equal(["salary.missing"], Jobs.RuleIds(onsiteUs));
    }

    [Fact]
    public void ARemoteJobOpenToOneStateCountsForThatState()
    {
        var remoteTexas = Unpaid.At(null, "TX", "US") with { WorkplaceType = WorkplaceType.Remote };
        var remoteNewYork = Unpaid.At(null, "NY", "US") with { WorkplaceType = WorkplaceType.Remote };

        Assert.Equal(["salary.missing"], Jobs.RuleIds(remoteTexas));
        Assert.Equal(["pay-transparency.missing-range"], Jobs.RuleIds(remoteNewYork));
    }

    [Fact]
    public void AnyCoveredLocationAmongSeveralIsEnough()
    {
        var job = Unpaid with { Locations = [new JobLocation("Austin", "TX", "US"), new JobLocation("Seattle", "WA", "US")] };

        var finding = Assert.Single(Jobs.Lint(job));
        Assert.Contains("Washington", finding.Message);
    }

    [Fact]
    public void ARangeMoreThanTwiceItsMinimumIsTooWideForAGoodFaithLaw()
    {
        var wide = Jobs.Clean with { Salary = new JobSalary(100_000m, 250_000m, "USD", SalaryPeriod.Year) };
        var twice = Jobs.Clean with { Salary = new JobSalary(100_000m, 200_000m, "USD", SalaryPeriod.Year) };

        Assert.Equal(["pay-transparency.wide-range"], Jobs.RuleIds(wide));
        Assert.Empty(Jobs.Lint(twice));
    }

    [Fact]
    public void AWideRangeOutsideAnyLawIsNotFlagged()
    {
        var wideInTexas = Jobs.Clean.At("Austin", "TX", "US") with { Salary = new JobSalary(100_000m, 250_000m, "USD", SalaryPeriod.Year) };

        Assert.Empty(Jobs.Lint(wideInTexas));
    }

    [Theory]
    [InlineData(null, 180_000)]
    [InlineData(120_000, null)]
    public void AnOpenEndedRangeIsAWarningWhereTheLawAsksForAGoodFaithRange(int? min, int? max)
    {
        var job = Jobs.Clean with { Salary = new JobSalary(min, max, "USD", SalaryPeriod.Year) };

        var finding = Assert.Single(Jobs.Lint(job));
        Assert.Equal("pay-transparency.open-ended-range", finding.RuleId);
        Assert.Equal(LintSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void AFixedPayIsAGoodFaithRange()
    {
        var fixedPay = Jobs.Clean with { Salary = new JobSalary(30m, 30m, "USD", SalaryPeriod.Hour) };

        Assert.Empty(Jobs.Lint(fixedPay));
    }

    [Fact]
    public void OntarioCapsTheRangeAtFiftyThousand()
    {
        var toronto = Jobs.Clean.At("Toronto", "ON", "CA");
        var tooWide = toronto with { Salary = new JobSalary(100_000m, 160_000m, "CAD", SalaryPeriod.Year) };
        var narrowEnough = toronto with { Salary = new JobSalary(100_000m, 150_000m, "CAD", SalaryPeriod.Year) };

        Assert.Equal(["pay-transparency.range-too-wide"], Jobs.RuleIds(tooWide));
        Assert.Empty(Jobs.Lint(narrowEnough));
    }

    [Fact]
    public void OntariosWidthCapDoesNotApplyAboveTwoHundredThousand()
    {
        var toronto = Jobs.Clean.At("Toronto", "ON", "CA");
        var executive = toronto with { Salary = new JobSalary(210_000m, 290_000m, "CAD", SalaryPeriod.Year) };
        var topAboveCeiling = toronto with { Salary = new JobSalary(140_000m, 220_000m, "CAD", SalaryPeriod.Year) };
        var topAtCeiling = toronto with { Salary = new JobSalary(140_000m, 200_000m, "CAD", SalaryPeriod.Year) };

        Assert.Empty(Jobs.Lint(executive));
        Assert.Empty(Jobs.Lint(topAboveCeiling));
        Assert.Equal(["pay-transparency.range-too-wide"], Jobs.RuleIds(topAtCeiling));
    }
}
