using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Features.Resumes.Pages;

/// <summary>
/// The correction form of a parsed profile: one text per field, lists one item per line, work and
/// education as "a | b | c | d" lines. A field whose text equals the parsed value's is not a
/// correction, so untouched fields keep following the resume when it is read again.
/// </summary>
public sealed class ProfileForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Location { get; set; }
    public string? Links { get; set; }
    public string? Skills { get; set; }
    public string? Work { get; set; }
    public string? Education { get; set; }
    public string? Languages { get; set; }
    public string? Certifications { get; set; }

    public static ProfileForm From(ResumeProfile profile) => new()
    {
        Name = profile.Name,
        Email = profile.Email,
        Phone = profile.Phone?.AsWritten,
        Location = profile.Location,
        Links = Lines(profile.Links),
        Skills = Lines(profile.Skills.Select(s => s.Name)),
        Work = Lines(profile.Work.Select(WorkLine)),
        Education = Lines(profile.Education.Select(EducationLine)),
        Languages = Lines(profile.Languages),
        Certifications = Lines(profile.Certifications),
    };

    /// <summary>The correction this form states against the parsed profile (empty when nothing differs).</summary>
    public ProfileCorrection ToCorrection(ResumeProfile parsed)
    {
        var asParsed = From(parsed);
        return new ProfileCorrection
        {
            Name = Changed(Name, asParsed.Name),
            Email = Changed(Email, asParsed.Email),
            Phone = Changed(Phone, asParsed.Phone),
            Location = Changed(Location, asParsed.Location),
            Links = Changed(Links, asParsed.Links) is { } links ? Items(links) : null,
            Skills = Changed(Skills, asParsed.Skills) is { } skills ? Items(skills) : null,
            Work = Changed(Work, asParsed.Work) is { } work ? Items(work).Select(ReadWork).ToList() : null,
            Education = Changed(Education, asParsed.Education) is { } education ? Items(education).Select(ReadEducation).ToList() : null,
            Languages = Changed(Languages, asParsed.Languages) is { } languages ? Items(languages) : null,
            Certifications = Changed(Certifications, asParsed.Certifications) is { } certifications ? Items(certifications) : null,
        };
    }

    static string? Changed(string? typed, string? parsed) =>
        Normalize(typed) == Normalize(parsed) ? null : (typed ?? "").Trim();

    static string Normalize(string? text) => string.Join('\n', Items(text ?? ""));

    static string Lines(IEnumerable<string> items) => string.Join('\n', items);

    static List<string> Items(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    static string WorkLine(WorkEntry w) => $"{w.Title} | {w.Company} | {w.Start} | {(w.IsCurrent ? "present" : w.End?.ToString())}";

    static string EducationLine(EducationEntry e) => $"{e.Degree} | {e.Field} | {e.Institution} | {(e.IsOngoing ? "ongoing" : e.End?.ToString())}";

    static WorkEntry ReadWork(string line)
    {
        var p = Parts(line);
        var current = p[3].Equals("present", StringComparison.OrdinalIgnoreCase) || p[3].Equals("current", StringComparison.OrdinalIgnoreCase);
        return new WorkEntry(Text(p[1]), Text(p[0]), Date(p[2]), current ? null : Date(p[3]), current);
    }

    static EducationEntry ReadEducation(string line)
    {
        var p = Parts(line);
        var ongoing = p[3].Equals("ongoing", StringComparison.OrdinalIgnoreCase);
        return new EducationEntry(Text(p[2]), Text(p[0]), Text(p[1]), ongoing ? null : Date(p[3]), ongoing);
    }

    static string[] Parts(string line)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        return [.. parts, .. Enumerable.Repeat("", Math.Max(0, 4 - parts.Length))];
    }

    static string? Text(string part) => part.Length == 0 ? null : part;

    static PartialDate? Date(string part) => PartialDate.TryParse(part, out var date) ? date : null;
}
