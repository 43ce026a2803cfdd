using OpenHire.Analysis.Resumes.Parsing;
using OpenHire.Analysis.Resumes.Profile;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

public sealed class DateRangeFinderTests
{
    [Theory]
    [InlineData("January 2020 - Present", 2020, 1, null, null, true)]
    [InlineData("Sep. 2023 – Mar. 2024", 2023, 9, 2024, 3, false)]
    [InlineData("06/2017 to 12/2019", 2017, 6, 2019, 12, false)]
    [InlineData("2015 — 2019", 2015, null, 2019, null, false)]
    [InlineData("Summer 2013 - Fall 2014", 2013, null, 2014, null, false)]
    [InlineData("(Jan 2022 - Jun 2022)", 2022, 1, 2022, 6, false)]
    [InlineData("2019-03 – current", 2019, 3, null, null, true)]
    public void Finds_ranges(string text, int startYear, int? startMonth, int? endYear, int? endMonth, bool current)
    {
        var span = DateRangeFinder.FindRange(text);
        Assert.NotNull(span);
        Assert.Equal(new PartialDate(startYear, startMonth), span.Start);
        Assert.Equal(endYear is null ? null : new PartialDate(endYear.Value, endMonth), span.End);
        Assert.Equal(current, span.IsCurrent);
    }

    [Theory]
    [InlineData("Led a team of 12 engineers")]
    [InlineData("Over 5000 lines of code")]
    [InlineData("Call 555-0143")]
    public void Finds_no_range_in_plain_text(string text) => Assert.Null(DateRangeFinder.FindRange(text));
}
