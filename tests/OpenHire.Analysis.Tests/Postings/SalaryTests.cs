using OpenHire.Analysis.Postings;
using Xunit;

namespace OpenHire.Analysis.Tests.Postings;

public sealed class SalaryTests
{
    public static TheoryData<string, decimal?, decimal?, string, SalaryPeriod, string?> Formats => new()
    {
        { "Salary Range: $150,000 - $220,000 (DOE)", 150_000m, 220_000m, "USD", SalaryPeriod.Year, "DOE" },
        { "Salary: €60k–75k", 60_000m, 75_000m, "EUR", SalaryPeriod.Year, null },
        { "Salary: £45,000 per annum", 45_000m, 45_000m, "GBP", SalaryPeriod.Year, null },
        { "Pay: $25/hr", 25m, 25m, "USD", SalaryPeriod.Hour, null },
        { "Compensation: ₹12 LPA", 1_200_000m, 1_200_000m, "INR", SalaryPeriod.Year, null },
        { "Backend Engineer - Remote (India) - 30-50 LPA", 3_000_000m, 5_000_000m, "INR", SalaryPeriod.Year, null },
        { "Base salary: up to $90,000", null, 90_000m, "USD", SalaryPeriod.Year, null },
        { "Starting pay $18.50 per hour", 18.50m, null, "USD", SalaryPeriod.Hour, null },
        { "Wage: from $21.00-$24.00/hour, dependent upon experience", 21m, 24m, "USD", SalaryPeriod.Hour, null },
        { "Hourly Rate\n$54—$60 USD", 54m, 60m, "USD", SalaryPeriod.Hour, null },
        { "CAD $119,000 - $246,000 in total, including a base salary of $100,000 - $160,000.", 100_000m, 160_000m, "CAD", SalaryPeriod.Year, null },
        { "Note: target budget for this role is 55k to 70K EUR pa.", 55_000m, 70_000m, "EUR", SalaryPeriod.Year, null },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Reads_common_salary_formats(string text, decimal? min, decimal? max, string currency, SalaryPeriod period, string? note)
    {
        var salary = PostingReader.Read(text).Posting.Salary?.Value;
        Assert.Equal(new SalaryRange(min, max, currency, period, note), salary);
    }

    [Theory]
    [InlineData("We raised $40M in Series B funding from top investors.")]
    [InlineData("Our customers process $2.5 trillion in payments every year.")]
    [InlineData("You get a $1,500 learning budget every year.")]
    [InlineData("5+ years of experience with Python.")]
    public void Ignores_amounts_that_are_not_pay(string text) => Assert.Null(PostingReader.Read(text).Posting.Salary);
}
