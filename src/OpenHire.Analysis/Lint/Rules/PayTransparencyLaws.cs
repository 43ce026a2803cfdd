using OpenHire.Analysis.Lint.Data;
using OpenHire.Analysis.Postings;

namespace OpenHire.Analysis.Lint.Rules;

/// <summary>Which pay-transparency laws cover a job, from its locations, workplace type and employer size.</summary>
internal static class PayTransparencyLaws
{
    public static IEnumerable<PayTransparencyLaw> ApplyingTo(JobForLint job)
    {
        var remote = job.WorkplaceType == WorkplaceType.Remote;
        return LintData.PayTransparencyLaws
            .Where(law => job.EmployerHeadcount is not { } headcount || headcount >= law.MinEmployees)
            .Where(law => job.Locations.Any(location => Covers(law, location, remote)));
    }

    /// <summary>
    /// A law covers a place inside it. A remote job open to a whole country or state also counts as inside every
    /// law there that covers remote work ("Remote, US" can be done in Colorado).
    /// </summary>
    public static bool Covers(PayTransparencyLaw law, JobLocation location, bool remote)
    {
        if (location.Country is not { Length: > 0 } country)
        {
            return false;
        }

        if (law.Countries is { } countries)
        {
            return countries.Contains(country, StringComparer.OrdinalIgnoreCase);
        }

        if (!string.Equals(law.Country, country, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var openToWholeArea = remote && law.RemoteCovered;
        if (law.Region is not null && !string.Equals(law.Region, location.Region, StringComparison.OrdinalIgnoreCase))
        {
            return location.Region is null && openToWholeArea;
        }

        if (law.City is null)
        {
            return true;
        }

        return location.City is null ? openToWholeArea : IsCity(law, location.City);
    }

    private static bool IsCity(PayTransparencyLaw law, string city) =>
        string.Equals(law.City, city.Trim(), StringComparison.OrdinalIgnoreCase)
        || (law.CityAliases?.Contains(city.Trim(), StringComparer.OrdinalIgnoreCase) ?? false);
}
