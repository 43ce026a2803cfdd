using OpenHire.Analysis.Postings;

namespace OpenHire.Eval;

/// <summary>Maps what the posting reader read to the corpus label format.</summary>
internal static class PostingsLabelMapper
{
    public static PostingLabel ToLabel(string id, string source, PostingReadResult result)
    {
        var posting = result.Posting;
        return new PostingLabel
        {
            Id = id,
            Source = source,
            Format = result.Format switch
            {
                PostingFormat.Html => "html",
                PostingFormat.Markdown => "markdown",
                _ => "text",
            },
            Title = posting.Title?.Value,
            Company = posting.Company?.Value,
            Locations = posting.Locations.Select(field => new LocationLabel(field.Value.City, field.Value.Region, field.Value.Country)).ToList(),
            WorkplaceType = posting.WorkplaceType?.Value switch
            {
                WorkplaceType.Onsite => "onsite",
                WorkplaceType.Hybrid => "hybrid",
                WorkplaceType.Remote => "remote",
                _ => null,
            },
            InOfficeDaysPerWeek = posting.InOfficeDaysPerWeek?.Value,
            EmploymentType = posting.EmploymentType?.Value switch
            {
                EmploymentType.FullTime => "full_time",
                EmploymentType.PartTime => "part_time",
                EmploymentType.Contract => "contract",
                EmploymentType.Temporary => "temporary",
                EmploymentType.Internship => "internship",
                _ => null,
            },
            Salary = posting.Salary?.Value is { } salary
                ? new SalaryLabel(Normalize(salary.Min), Normalize(salary.Max), salary.Currency, salary.Period.ToString().ToLowerInvariant())
                : null,
            MinYearsExperience = posting.MinYearsExperience?.Value,
            Education = posting.Education?.Value is { } education
                ? new EducationLabel(Level(education.Level), education.OrEquivalentExperience)
                : null,
            RequiredSkills = posting.RequiredSkills.Select(field => field.Value.Name).ToList(),
            PreferredSkills = posting.PreferredSkills.Select(field => field.Value.Name).ToList(),
            ResponsibilitiesCount = posting.ResponsibilitiesCount,
            BenefitsCount = posting.BenefitsCount,
        };
    }

    private static string Level(EducationLevel level) => level switch
    {
        EducationLevel.HighSchool => "high_school",
        _ => level.ToString().ToLowerInvariant(),
    };

    /// <summary>43.50 is written 43.5, 150000.00 as 150000.</summary>
    private static decimal? Normalize(decimal? value) => value / 1.000000000000000000000000000000000m;
}
