using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenHire.Features.Jobs;
using OpenHire.Features.Organizations;

namespace OpenHire.Features.Careers;

/// <summary>
/// The schema.org JobPosting that search engines read from the job page, with the properties
/// Google requires (title, description, datePosted, hiringOrganization, jobLocation or
/// TELECOMMUTE) and recommends (validThrough, employmentType, baseSalary, identifier, directApply).
/// </summary>
public static class JobPostingJsonLd
{
    public static string For(Job job, Organization org, string pageUrl)
    {
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["title"] = job.Title,
            ["description"] = DescriptionHtml(job),
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = org.Name, ["value"] = job.Id.ToString() },
            ["datePosted"] = (job.PublishedAt ?? job.CreatedAt).ToString("yyyy-MM-dd"),
            ["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = org.Name },
            ["employmentType"] = EmploymentTypeName(job.EmploymentType),
            ["directApply"] = true,
            ["url"] = pageUrl,
        };
        if (job.ValidThrough is { } until) posting["validThrough"] = until.ToString("yyyy-MM-ddTHH:mm:ssK");
        if (job.Department is not null) posting["occupationalCategory"] = job.Department;
        AddLocations(posting, job);
        if (job.Salary is { } salary) posting["baseSalary"] = BaseSalary(salary);
        AddRequirements(posting, job);
        return posting.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    static void AddLocations(JsonObject posting, Job job)
    {
        var places = new JsonArray(job.Locations.Select(l => (JsonNode)new JsonObject
        {
            ["@type"] = "Place",
            ["address"] = Address(l),
        }).ToArray());
        if (job.WorkplaceType == WorkplaceType.Remote)
        {
            posting["jobLocationType"] = "TELECOMMUTE";
            var countries = job.Locations.Select(l => l.Country).OfType<string>().Distinct().ToList();
            // Google asks remote jobs where applicants may live; without a stated country, anywhere.
            posting["applicantLocationRequirements"] = countries.Count == 0
                ? new JsonObject { ["@type"] = "Country", ["name"] = "Anywhere" }
                : new JsonArray(countries.Select(c => (JsonNode)new JsonObject { ["@type"] = "Country", ["name"] = c }).ToArray());
        }
        else
        {
            posting["jobLocation"] = places;
        }
    }

    static void AddRequirements(JsonObject posting, Job job)
    {
        if (job.RequiredSkills.Count + job.PreferredSkills.Count > 0)
            posting["skills"] = string.Join(", ", job.RequiredSkills.Concat(job.PreferredSkills));
        if (job.RequiredQualifications.Count > 0) posting["qualifications"] = string.Join("\n", job.RequiredQualifications);
        if (job.Responsibilities.Count > 0) posting["responsibilities"] = string.Join("\n", job.Responsibilities);
        if (job.Education is { Level: not EducationLevel.None } education)
        {
            posting["educationRequirements"] = new JsonObject
            {
                ["@type"] = "EducationalOccupationalCredential",
                ["credentialCategory"] = CredentialCategory(education.Level),
            };
            posting["experienceInPlaceOfEducation"] = education.OrEquivalentExperience;
        }
        if (job.MinYearsExperience is { } years)
            posting["experienceRequirements"] = new JsonObject
            {
                ["@type"] = "OccupationalExperienceRequirements",
                ["monthsOfExperience"] = years * 12,
            };
    }

    /// <summary>Google's values for credentialCategory.</summary>
    static string CredentialCategory(EducationLevel level) => level switch
    {
        EducationLevel.HighSchool => "high school",
        EducationLevel.Associate => "associate degree",
        EducationLevel.Bachelor => "bachelor degree",
        _ => "postgraduate degree",
    };

    static JsonObject Address(JobLocation l)
    {
        var address = new JsonObject { ["@type"] = "PostalAddress" };
        if (l.City is not null) address["addressLocality"] = l.City;
        if (l.Region is not null) address["addressRegion"] = l.Region;
        if (l.Country is not null) address["addressCountry"] = l.Country;
        return address;
    }

    static JsonObject BaseSalary(SalaryRange salary)
    {
        var value = new JsonObject { ["@type"] = "QuantitativeValue", ["unitText"] = salary.Period.ToString().ToUpperInvariant() };
        if (salary.Min is not null && salary.Min == salary.Max) value["value"] = salary.Min;
        else
        {
            if (salary.Min is not null) value["minValue"] = salary.Min;
            if (salary.Max is not null) value["maxValue"] = salary.Max;
        }
        return new JsonObject { ["@type"] = "MonetaryAmount", ["currency"] = salary.Currency, ["value"] = value };
    }

    static string EmploymentTypeName(EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "FULL_TIME",
        EmploymentType.PartTime => "PART_TIME",
        EmploymentType.Contract => "CONTRACTOR",
        EmploymentType.Temporary => "TEMPORARY",
        _ => "INTERN",
    };

    /// <summary>The posting's sections as HTML, every piece of text encoded.</summary>
    static string DescriptionHtml(Job job)
    {
        var html = new StringBuilder();
        Paragraph(html, job.Summary);
        List(html, "Responsibilities", job.Responsibilities);
        List(html, "Required qualifications", job.RequiredQualifications);
        List(html, "Preferred qualifications", job.PreferredQualifications);
        List(html, "Benefits", job.Benefits);
        List(html, "Tech stack", job.TechStack.Select(g => $"{g.Category}: {string.Join(", ", g.Items)}").ToList());
        if (job.Culture is not null) { html.Append("<h3>Culture</h3>"); Paragraph(html, job.Culture); }
        if (job.EqualOpportunityStatement is not null) { html.Append("<h3>Equal opportunity</h3>"); Paragraph(html, job.EqualOpportunityStatement); }
        return html.ToString();
    }

    static void Paragraph(StringBuilder html, string? text)
    {
        if (text is not null) html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>");
    }

    static void List(StringBuilder html, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        html.Append("<h3>").Append(heading).Append("</h3><ul>");
        foreach (var item in items) html.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>");
        html.Append("</ul>");
    }
}
