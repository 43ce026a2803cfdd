namespace OpenHire.Features.Interviews.Pages;

/// <summary>The IANA zones offered in the schedule form, the organizer's likely ones first.</summary>
public static class TimeZones
{
    public static readonly IReadOnlyList<string> All =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId && z.Id.Contains('/') && !z.Id.StartsWith("Etc/", StringComparison.Ordinal))
            .Select(z => z.Id).Append("UTC").Order(StringComparer.Ordinal)];
}
