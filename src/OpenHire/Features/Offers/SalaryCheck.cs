using System.Globalization;

using OpenHire.Features.Jobs;

namespace OpenHire.Features.Offers;

/// <summary>How an offer's salary departs from the range the posting published, if it does.</summary>
public static class SalaryCheck
{
    /// <summary>Null when the salary is within the posting's range (or the posting states none); else what differs.</summary>
    public static string? Deviation(SalaryRange? range, decimal amount, string currency, SalaryPeriod period)
    {
        if (range is null || (range.Min is null && range.Max is null)) return null;
        var posted = Describe(range);
        if (!string.Equals(range.Currency, currency, StringComparison.OrdinalIgnoreCase)) return $"The currency ({currency}) is not the posting's ({range.Currency}); the posting says {posted}.";
        if (range.Period != period) return $"The period ({Period(period)}) is not the posting's ({Period(range.Period)}); the posting says {posted}.";
        if (range.Min is { } min && amount < min) return $"{Money(amount, currency)} is below the posting's range ({posted}).";
        if (range.Max is { } max && amount > max) return $"{Money(amount, currency)} is above the posting's range ({posted}).";
        return null;
    }

    public static string Money(decimal amount, string currency) => $"{currency} {amount.ToString("#,##0.##", CultureInfo.InvariantCulture)}";

    public static string Period(SalaryPeriod period) => period.ToString().ToLowerInvariant();

    static string Describe(SalaryRange r) => (r.Min, r.Max) switch
    {
        ({ } min, { } max) => $"{Money(min, r.Currency)} to {max.ToString("#,##0.##", CultureInfo.InvariantCulture)} per {Period(r.Period)}",
        ({ } min, null) => $"from {Money(min, r.Currency)} per {Period(r.Period)}",
        (null, { } max) => $"up to {Money(max, r.Currency)} per {Period(r.Period)}",
        _ => "no range",
    };
}
