using System.Globalization;
using OpenHire.Features.Jobs;

namespace OpenHire.Features.Careers;

/// <summary>How job facts read to a person on the careers site and in the workspace.</summary>
public static class JobText
{
    public static string Workplace(Job job) => job.WorkplaceType == WorkplaceType.Hybrid && job.InOfficeDaysPerWeek is { } days
        ? $"Hybrid – {days} {(days == 1 ? "day" : "days")} in office"
        : Workplace(job.WorkplaceType);

    public static string Workplace(WorkplaceType type) => type switch
    {
        WorkplaceType.Hybrid => "Hybrid",
        WorkplaceType.Remote => "Remote",
        _ => "On-site",
    };

    public static string Employment(EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "Full-time",
        EmploymentType.PartTime => "Part-time",
        EmploymentType.Contract => "Contract",
        EmploymentType.Temporary => "Temporary",
        _ => "Internship",
    };

    public static string Education(EducationLevel level) => level switch
    {
        EducationLevel.HighSchool => "High school diploma",
        EducationLevel.Associate => "Associate degree",
        EducationLevel.Bachelor => "Bachelor's degree",
        EducationLevel.Master => "Master's degree",
        EducationLevel.Doctorate => "Doctorate",
        _ => "No degree required",
    };

    public static string? Education(EducationRequirement? education) => education is null
        ? null
        : Education(education.Level) + (education.OrEquivalentExperience ? " or equivalent experience" : "");

    /// <summary>A job's one-line summary for lists: department, places, workplace and employment type, whichever are known.</summary>
    public static string Meta(Job job) =>
        string.Join(" · ", new[] { job.Department, Locations(job), Workplace(job), Employment(job.EmploymentType) }.Where(p => !string.IsNullOrEmpty(p)));

    public static string Locations(Job job) => job.Locations.Count == 0
        ? (job.WorkplaceType == WorkplaceType.Remote ? "Anywhere" : "")
        : string.Join(" · ", job.Locations.Select(Location));

    public static string Location(JobLocation l) => string.Join(", ", new[] { l.City, l.Region, l.Country }.Where(p => !string.IsNullOrEmpty(p)));

    public static string? Salary(SalaryRange? s)
    {
        if (s is null) return null;
        string Amount(decimal v) => $"{Symbol(s.Currency)}{v.ToString("#,0.##", CultureInfo.InvariantCulture)}";
        var range = (s.Min, s.Max) switch
        {
            ({ } min, { } max) when min == max => Amount(min),
            ({ } min, { } max) => $"{Amount(min)} – {Amount(max)}",
            ({ } min, null) => $"from {Amount(min)}",
            (null, { } max) => $"up to {Amount(max)}",
            _ => "",
        };
        var text = $"{range} {s.Currency} per {s.Period.ToString().ToLowerInvariant()}";
        return s.Note is null ? text : $"{text} ({s.Note})";
    }

    static string Symbol(string currency) => currency switch
    {
        "USD" or "CAD" or "AUD" or "NZD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "INR" => "₹",
        "JPY" => "¥",
        _ => "",
    };
}
