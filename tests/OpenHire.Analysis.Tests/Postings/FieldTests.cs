using OpenHire.Analysis.Postings;
using Xunit;

namespace OpenHire.Analysis.Tests.Postings;

public sealed class FieldTests
{
    private static Posting Read(string text) => PostingReader.Read(text).Posting;

    [Fact]
    public void Reads_a_part_time_hourly_role_with_sentence_case_headings()
    {
        var posting = Read("""
            Part-Time Barista
            Blue Bottle Cafe — Portland, OR

            Up to $19 an hour plus tips.

            What you'll do
            Prepare espresso drinks and pour-over coffee
            Keep the bar clean and stocked
            Handle cash and card payments

            What we're looking for
            Food handler's card (or ability to obtain within 30 days)
            Customer service experience preferred
            Weekend availability
            """);
        Assert.Equal("Part-Time Barista", posting.Title?.Value);
        Assert.Equal(EmploymentType.PartTime, posting.EmploymentType?.Value);
        Assert.Equal(new SalaryRange(null, 19m, "USD", SalaryPeriod.Hour, null), posting.Salary?.Value);
        Assert.Equal(new PostingLocation("Portland", "OR", "US"), Assert.Single(posting.Locations).Value);
        Assert.Equal(3, posting.ResponsibilitiesCount);
        Assert.Equal(["Food safety"], posting.RequiredSkills.Select(skill => skill.Value.Name));
        Assert.Equal(["Customer service"], posting.PreferredSkills.Select(skill => skill.Value.Name));
    }

    [Fact]
    public void Reads_a_remote_role_limited_to_one_country_from_html()
    {
        var posting = Read("""
            <html><body><header><a href="/">Acme Careers</a></header>
            <h1>Customer Success Manager</h1>
            <div><span>Remote (US)</span> · <span>Full-time</span></div>
            <h2>What you'll bring</h2>
            <ul><li>3+ years in customer success at a SaaS company</li><li>Bachelor's degree or equivalent experience</li></ul>
            <h2>Compensation</h2><p>The base salary for this role is $85K–$105K + equity.</p>
            </body></html>
            """);
        Assert.Equal("Customer Success Manager", posting.Title?.Value);
        Assert.Null(posting.Company);
        Assert.Equal(WorkplaceType.Remote, posting.WorkplaceType?.Value);
        Assert.Equal(new PostingLocation(null, null, "US"), Assert.Single(posting.Locations).Value);
        Assert.Equal(new SalaryRange(85_000m, 105_000m, "USD", SalaryPeriod.Year, "+ equity"), posting.Salary?.Value);
        Assert.Equal(3, posting.MinYearsExperience?.Value);
    }

    [Theory]
    [InlineData("Location: Seattle, WA (Hybrid, 2-3 days in office)", WorkplaceType.Hybrid, 2)]
    [InlineData("You will be in the office 4 days per week.", WorkplaceType.Hybrid, 4)]
    [InlineData("This is a fully remote position.", WorkplaceType.Remote, null)]
    [InlineData("This is an in-person position at our Denver warehouse.", WorkplaceType.Onsite, null)]
    public void Reads_the_workplace_and_office_days(string sentence, WorkplaceType type, int? days)
    {
        var posting = Read($"Warehouse Associate\n\n{sentence}\n");
        Assert.Equal(type, posting.WorkplaceType?.Value);
        Assert.Equal(days, posting.InOfficeDaysPerWeek?.Value);
    }

    [Theory]
    [InlineData("Remote Position: No\nAbility to work independently and remotely")]
    [InlineData("We use remote monitoring tools and remote desktop support.")]
    public void Does_not_call_a_role_remote_for_the_word_alone(string text) =>
        Assert.NotEqual(WorkplaceType.Remote, Read("Field Technician\n\n" + text).WorkplaceType?.Value);

    [Theory]
    [InlineData("Master's or PhD degree in Statistics", EducationLevel.Master, false)]
    [InlineData("High school diploma or GED required", EducationLevel.HighSchool, false)]
    [InlineData("Bachelor's Degree in Computer Science, Engineering, or equivalent", EducationLevel.Bachelor, true)]
    public void Reads_the_lowest_required_degree(string line, EducationLevel level, bool equivalent) =>
        Assert.Equal(new EducationRequirement(level, equivalent), Read($"Analyst\n\nRequirements:\n- {line}\n").Education?.Value);

    [Fact]
    public void Ignores_degrees_and_years_that_are_only_preferred()
    {
        var posting = Read("Analyst\n\nRequirements:\n- SQL\n\nPreferred:\n- Master's degree\n- 5+ years of experience with Tableau\n");
        Assert.Null(posting.Education);
        Assert.Null(posting.MinYearsExperience);
    }

    [Fact]
    public void Takes_the_largest_required_minimum_of_years() =>
        Assert.Equal(7, Read("Engineer\n\nWho we're looking for:\n* 7+ years of backend engineering experience\n* 4+ years working with Go\n").MinYearsExperience?.Value);
}
