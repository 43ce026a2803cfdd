using OpenHire.Infrastructure;

namespace OpenHire.Features.Jobs;

/// <summary>Checks a <see cref="JobInput"/>; error keys are the JSON field paths a client sent.</summary>
public static class JobValidator
{
    public static Dictionary<string, string[]> Validate(JobInput job)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(job.Title)) errors.Add("title", "A job needs a title.");
        errors.MaxLength("title", job.Title, JobLimits.Title);
        errors.MaxLength("department", job.Department, JobLimits.ShortText);
        errors.MaxLength("summary", job.Summary, JobLimits.LongText);
        errors.MaxLength("culture", job.Culture, JobLimits.LongText);
        errors.MaxLength("equal_opportunity_statement", job.EqualOpportunityStatement, JobLimits.LongText);
        CheckList(errors, "responsibilities", job.Responsibilities);
        CheckList(errors, "required_qualifications", job.RequiredQualifications);
        CheckList(errors, "preferred_qualifications", job.PreferredQualifications);
        CheckList(errors, "benefits", job.Benefits);
        CheckTechStack(errors, job.TechStack);
        CheckLocations(errors, job);
        CheckSalary(errors, job.Salary);
        if (job.MinYearsExperience is < 0 or > 50) errors.Add("min_years_experience", "Years of experience must be between 0 and 50.");
        CheckSkills(errors, "required_skills", job.RequiredSkills);
        CheckSkills(errors, "preferred_skills", job.PreferredSkills);
        errors.MaxLength("how_to_apply.instructions", job.HowToApply?.Instructions, JobLimits.LongText);
        return errors.ToDictionary();
    }

    static void CheckList(ValidationErrors errors, string field, List<string>? items)
    {
        if (items is null) return;
        if (items.Count > JobLimits.ListItems) errors.Add(field, $"At most {JobLimits.ListItems} items.");
        for (var i = 0; i < items.Count; i++)
            errors.MaxLength($"{field}[{i}]", items[i], JobLimits.ListItem);
    }

    static void CheckSkills(ValidationErrors errors, string field, List<string>? skills)
    {
        if (skills is null) return;
        if (skills.Count > JobLimits.ListItems) errors.Add(field, $"At most {JobLimits.ListItems} skills.");
        for (var i = 0; i < skills.Count; i++)
            errors.MaxLength($"{field}[{i}]", skills[i], JobLimits.SkillName);
    }

    static void CheckTechStack(ValidationErrors errors, List<TechStackGroupDto>? groups)
    {
        if (groups is null) return;
        if (groups.Count > JobLimits.ListItems) errors.Add("tech_stack", $"At most {JobLimits.ListItems} groups.");
        for (var i = 0; i < groups.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(groups[i].Category)) errors.Add($"tech_stack[{i}].category", "Name the category, e.g. \"Databases\".");
            errors.MaxLength($"tech_stack[{i}].category", groups[i].Category, JobLimits.ShortText);
            CheckList(errors, $"tech_stack[{i}].items", groups[i].Items);
        }
    }

    static void CheckLocations(ValidationErrors errors, JobInput job)
    {
        var locations = job.Locations ?? [];
        if (job.WorkplaceType != WorkplaceType.Remote && locations.Count == 0)
            errors.Add("locations", "An on-site or hybrid job needs at least one location.");
        if (locations.Count > JobLimits.ListItems) errors.Add("locations", $"At most {JobLimits.ListItems} locations.");
        for (var i = 0; i < locations.Count; i++)
        {
            var l = locations[i];
            if (string.IsNullOrWhiteSpace(l.Country) || l.Country.Trim().Length != 2 || !l.Country.Trim().All(char.IsAsciiLetter))
                errors.Add($"locations[{i}].country", "Give the country as a two-letter ISO 3166 code, e.g. \"US\".");
            if (job.WorkplaceType != WorkplaceType.Remote && string.IsNullOrWhiteSpace(l.City))
                errors.Add($"locations[{i}].city", "An on-site or hybrid location needs a city.");
            errors.MaxLength($"locations[{i}].city", l.City, JobLimits.ShortText);
            errors.MaxLength($"locations[{i}].region", l.Region, JobLimits.ShortText);
        }
        if (job.InOfficeDaysPerWeek is < 1 or > 7)
            errors.Add("in_office_days_per_week", "Days in the office per week must be between 1 and 7.");
        if (job.InOfficeDaysPerWeek is not null && job.WorkplaceType != WorkplaceType.Hybrid)
            errors.Add("in_office_days_per_week", "Only a hybrid job has office days; set workplace_type to hybrid or leave this out.");
    }

    static void CheckSalary(ValidationErrors errors, SalaryDto? salary)
    {
        if (salary is null) return;
        if (salary.Min is null && salary.Max is null) errors.Add("salary", "Give a minimum, a maximum or both, or leave salary out.");
        if (salary.Min < 0) errors.Add("salary.min", "The minimum cannot be negative.");
        if (salary.Max < 0) errors.Add("salary.max", "The maximum cannot be negative.");
        if (salary.Min > salary.Max) errors.Add("salary.max", "The maximum must not be below the minimum.");
        if (salary.Currency is not { Length: 3 } c || !c.All(char.IsAsciiLetter))
            errors.Add("salary.currency", "Give the currency as a three-letter ISO 4217 code, e.g. \"USD\".");
        errors.MaxLength("salary.note", salary.Note, JobLimits.ShortText);
    }
}
