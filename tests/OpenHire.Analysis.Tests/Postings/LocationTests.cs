using OpenHire.Analysis.Postings;
using Xunit;

namespace OpenHire.Analysis.Tests.Postings;

public sealed class LocationTests
{
    private static List<PostingLocation> Locations(string text) =>
        PostingReader.Read(text).Posting.Locations.Select(location => location.Value).ToList();

    [Fact]
    public void Reads_city_and_us_state_from_a_location_line() =>
        Assert.Equal([new PostingLocation("Austin", "TX", "US")], Locations("Data Engineer\n\nLocation: Austin, TX\n\nWe build things."));

    [Fact]
    public void Spells_out_state_names_as_codes() =>
        Assert.Equal(
            [new PostingLocation("Mountain View", "CA", "US"), new PostingLocation("San Francisco", "CA", "US")],
            Locations("Data Science Intern\nMountain View, California; San Francisco, California\nApply now"));

    [Fact]
    public void Reads_every_alternative_office() =>
        Assert.Equal(
            ["Boulder", "Austin", "Iowa City"],
            Locations("Software Developer\n\nPosition can be at Boulder, CO, Austin, TX, or Iowa City, IA, site location.").Select(location => location.City));

    [Fact]
    public void Reads_city_region_and_country() =>
        Assert.Equal(
            [new PostingLocation("Tel Aviv-Yafo", "Tel Aviv District", "IL")],
            Locations("Acme\nSenior Backend Engineer\nTel Aviv-Yafo, Tel Aviv District, Israel · 1 day ago"));

    [Fact]
    public void Knows_large_cities_without_a_country() =>
        Assert.Equal([new PostingLocation("Ottawa", null, "CA")], Locations("Outreach Assistant\n\nYou will support our events, working from our office in Ottawa."));

    [Fact]
    public void Reads_countries_a_remote_role_is_limited_to() =>
        Assert.Equal(
            [new PostingLocation(null, null, "US"), new PostingLocation(null, null, "CA")],
            Locations("Data Engineer\n\nThis job is open to applicants residing anywhere within the United States and Canada."));

    [Fact]
    public void Reads_a_remote_country_from_a_title_line() =>
        Assert.Equal([new PostingLocation(null, null, "IN")], Locations("Acme - Principal Backend Engineer (Go) - REMOTE (India) - Full-Time"));

    [Theory]
    [InlineData("Platform Engineer\n\nOur headquarters are located in Seattle, WA, and we ship worldwide.")]
    [InlineData("Platform Engineer\n\nIf you're not based in Seattle, you have experience working remotely.")]
    [InlineData("Platform Engineer\n\nPerks: team retreats in fun places like Lake Tahoe and Puerto Vallarta, Mexico.")]
    public void Ignores_places_that_are_not_work_locations(string text) => Assert.Empty(Locations(text));
}
