using OpenHire.Analysis.Postings;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Ranking;

/// <summary>
/// What a job asks for, as the fit scorer needs it. Filled from a parsed posting or by hand;
/// every member is optional and only the stated ones count toward the score.
/// </summary>
public sealed record JobRequirements
{
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];
    public IReadOnlyList<string> PreferredSkills { get; init; } = [];

    /// <summary>
    /// Skills offered as alternatives, any one of which meets the need: "Django, FastAPI, or Flask".
    /// Members of a group that are among the required (or preferred) skills count as one requirement.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; init; } = [];

    /// <summary>Years asked for particular skills: "5+ years of Python" → { ["Python"] = 5 }.</summary>
    public IReadOnlyDictionary<string, double> MinYearsBySkill { get; init; } = new Dictionary<string, double>();

    public double? MinYearsExperience { get; init; }
    public DegreeLevel? MinEducation { get; init; }

    /// <summary>"Bachelor's degree or equivalent experience": experience may stand in for the degree.</summary>
    public bool EducationOrEquivalentExperience { get; init; }

    public WorkplaceType? Workplace { get; init; }

    /// <summary>Where the job is, as "City, Region" or a country; candidates elsewhere fit onsite and hybrid roles less.</summary>
    public string? Location { get; init; }

    /// <summary>The requirements a <see cref="PostingReader"/> found in a posting.</summary>
    public static JobRequirements FromPosting(Posting posting)
    {
        var location = posting.Locations.Select(l => l.Value).FirstOrDefault(l => l.City is not null);
        return new JobRequirements
        {
            RequiredSkills = posting.RequiredSkills.Select(s => s.Value.Name).ToList(),
            PreferredSkills = posting.PreferredSkills.Select(s => s.Value.Name).ToList(),
            Alternatives = SkillAlternatives.Find(
                posting.Sections.Where(s => s.Kind is SectionKind.Required or SectionKind.Preferred).SelectMany(s => s.Items).Select(i => i.Value),
                TaxonomySkillVocabulary.Default),
            MinYearsExperience = posting.MinYearsExperience?.Value,
            MinEducation = posting.Education?.Value.Level switch
            {
                EducationLevel.HighSchool => DegreeLevel.HighSchool,
                EducationLevel.Associate => DegreeLevel.Associate,
                EducationLevel.Bachelor => DegreeLevel.Bachelor,
                EducationLevel.Master => DegreeLevel.Master,
                EducationLevel.Doctorate => DegreeLevel.Doctorate,
                _ => null,
            },
            EducationOrEquivalentExperience = posting.Education?.Value.OrEquivalentExperience ?? false,
            Workplace = posting.WorkplaceType?.Value,
            Location = location is null ? null : string.Join(", ", new[] { location.City, location.Region ?? location.Country }.OfType<string>()),
        };
    }
}

/// <summary>A 0-100 fit score with the reasons a recruiter reads next to it.</summary>
public sealed record FitResult(int Score, IReadOnlyList<string> Reasons);
