using OpenHire.Analysis.Resumes.Parsing;

namespace OpenHire.Analysis.Resumes.Profile;

/// <summary>
/// What a recruiter corrected in a parsed profile. Each member left null keeps the parsed value, so
/// a re-parse of the resume updates what nobody corrected and never touches what someone did.
/// </summary>
public sealed record ProfileCorrection
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<string>? Links { get; init; }
    public IReadOnlyList<WorkEntry>? Work { get; init; }
    public IReadOnlyList<EducationEntry>? Education { get; init; }

    /// <summary>Skill names as the recruiter wrote them; known skills are stored under their canonical names.</summary>
    public IReadOnlyList<string>? Skills { get; init; }

    public IReadOnlyList<string>? Languages { get; init; }
    public IReadOnlyList<string>? Certifications { get; init; }

    public bool IsEmpty => this == new ProfileCorrection();

    /// <summary>
    /// The parsed profile with these corrections laid over it. Years per skill and in total are
    /// derived again whenever the work history or the skills were corrected.
    /// </summary>
    public ResumeProfile ApplyTo(ResumeProfile parsed, ResumeParserOptions? options = null)
    {
        options ??= ResumeParserOptions.Default;
        var work = Work ?? parsed.Work;
        var skills = Skills is null
            ? parsed.Skills.Select(s => (s.Name, s.Mentions)).ToList()
            : Skills.Select(s => options.Vocabulary.Canonicalize(s.Trim()) ?? s.Trim()).Where(s => s.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).Select(s => (s, 1)).ToList();
        var redated = Work is not null || Skills is not null;
        return parsed with
        {
            Name = Name ?? parsed.Name,
            Email = Email ?? parsed.Email,
            Phone = Phone is null ? parsed.Phone : ContactParser.FindPhone([Phone], options.DefaultPhoneRegion) ?? new PhoneNumberValue(Phone, null),
            Location = Location ?? parsed.Location,
            Links = Links ?? parsed.Links,
            Work = work,
            Education = Education?.Select(e => e with { Level = DegreeLevels.Classify(e.Degree) }).ToList() ?? parsed.Education,
            Skills = redated ? ExperienceCalculator.DateSkills(skills, work, options) : parsed.Skills,
            Languages = Languages ?? parsed.Languages,
            Certifications = Certifications ?? parsed.Certifications,
            TotalYearsOfExperience = Work is null ? parsed.TotalYearsOfExperience : ExperienceCalculator.TotalYears(work, options.AsOf),
        };
    }
}
