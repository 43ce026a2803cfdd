using System.Text.RegularExpressions;
using OpenHire.Analysis.Lint;
using OpenHire.Analysis.Postings;

namespace OpenHire.Features.Jobs;

/// <summary>Where a drafted field came from in the pasted text, and how sure the reader is of it.</summary>
public sealed record FieldSource(double Confidence, int Start, int Length);

/// <summary>A job drafted from pasted text, for a recruiter to review and save; nothing is stored yet.</summary>
public sealed record JobImport(
    JobInput Draft, string? Company, double Confidence, IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, FieldSource> Sources, string Text, IReadOnlyList<LintFinding> Lint);

/// <summary>Turns a posting in plain text, Markdown or HTML into a draft job, with the source of every field.</summary>
public static partial class PostingImport
{
    public static JobImport FromText(string text, PostingFormat? format = null) => FromRead(PostingReader.Read(text, format));

    public static JobImport FromRead(PostingReadResult read)
    {
        var posting = read.Posting;
        var facts = FactSpans(posting);
        var sources = new Dictionary<string, FieldSource>();
        T? Note<T>(string field, PostingField<T>? value)
        {
            if (value is not null) sources[field] = new(value.Confidence, value.Start, value.Length);
            return value is null ? default : value.Value;
        }
        List<string> Items(string field, SectionKind kind)
        {
            var sections = posting.Sections.Where(s => s.Kind == kind).ToList();
            if (sections.Count > 0) sources[field] = new(1, sections[0].Start, sections[^1].Start + sections[^1].Length - sections[0].Start);
            return sections.SelectMany(s => s.Items).Select(i => i.Value).ToList();
        }
        string? Paragraphs(string field, SectionKind kind)
        {
            var sections = posting.Sections.Where(s => s.Kind == kind).ToList();
            if (sections.Count == 0) return null;
            sources[field] = new(1, sections[0].Start, sections[^1].Start + sections[^1].Length - sections[0].Start);
            var text = string.Join("\n", sections.Select(s => s.Items.Count > 0 ? string.Join("\n", s.Items.Select(i => i.Value)) : Body(read.Text, s, facts)));
            return text.Trim().Length == 0 ? null : text.Trim();
        }

        var salary = Note("salary", posting.Salary);
        var education = Note("education", posting.Education);
        var locations = posting.Locations.Select(l => new JobLocationDto(l.Value.City, l.Value.Region, l.Value.Country)).ToList();
        if (posting.Locations.Count > 0) sources["locations"] = new(posting.Locations.Min(l => l.Confidence), posting.Locations[0].Start, posting.Locations[0].Length);
        var draft = new JobInput
        {
            Title = Note("title", posting.Title) ?? "",
            Summary = Paragraphs("summary", SectionKind.Summary),
            Responsibilities = Items("responsibilities", SectionKind.Responsibilities),
            RequiredQualifications = Items("required_qualifications", SectionKind.Required),
            PreferredQualifications = Items("preferred_qualifications", SectionKind.Preferred),
            Benefits = Items("benefits", SectionKind.Benefits),
            TechStack = posting.TechStack.Select(g => new TechStackGroupDto(g.Category, g.Skills.Select(s => s.Name).ToList())).ToList(),
            Culture = Paragraphs("culture", SectionKind.Culture),
            EqualOpportunityStatement = Paragraphs("equal_opportunity_statement", SectionKind.EqualOpportunity),
            Locations = locations,
            WorkplaceType = Note("workplace_type", posting.WorkplaceType),
            InOfficeDaysPerWeek = posting.InOfficeDaysPerWeek is { } days ? Note("in_office_days_per_week", days) : null,
            EmploymentType = Note("employment_type", posting.EmploymentType),
            Salary = salary is null ? null : new SalaryDto(salary.Min, salary.Max, salary.Currency, salary.Period, salary.Note),
            MinYearsExperience = posting.MinYearsExperience is { } years ? Note("min_years_experience", years) : null,
            Education = education is null ? null : new EducationDto(education.Level, education.OrEquivalentExperience),
            RequiredSkills = posting.RequiredSkills.Select(s => s.Value.Name).ToList(),
            PreferredSkills = posting.PreferredSkills.Select(s => s.Value.Name).ToList(),
            HowToApply = new HowToApplyDto(Paragraphs("how_to_apply", SectionKind.HowToApply), ResumeRequired: true, DocumentRequirement.Optional),
        };
        return new JobImport(draft, posting.Company?.Value, read.Confidence, read.Warnings, sources, read.Text, PostingLinter.Lint(read));
    }

    /// <summary>
    /// A paragraph section's text without its heading line, and without "Label: value" lines that the
    /// reader took as structured facts (a "Location:" line after the equal-opportunity paragraph).
    /// </summary>
    static string Body(string text, PostingSection section, List<(int Start, int End)> facts)
    {
        var lines = new List<string>();
        var offset = section.Start;
        foreach (var line in text.Substring(section.Start, section.Length).Split('\n'))
        {
            var (start, end) = (offset, offset + line.Length);
            offset = end + 1;
            if (lines.Count == 0 && !string.IsNullOrEmpty(section.Heading) && line.StartsWith(section.Heading, StringComparison.Ordinal)) continue;
            var isFactLine = FactLine().IsMatch(line) && facts.Any(f => f.Start < end && f.End > start);
            if (!isFactLine) lines.Add(line);
        }
        return string.Join("\n", lines).Trim();
    }

    static List<(int Start, int End)> FactSpans(Posting posting)
    {
        var fields = new (int Start, int Length)?[]
        {
            posting.Salary is { } s ? (s.Start, s.Length) : null,
            posting.EmploymentType is { } e ? (e.Start, e.Length) : null,
            posting.WorkplaceType is { } w ? (w.Start, w.Length) : null,
        };
        return [.. fields.OfType<(int Start, int Length)>().Concat(posting.Locations.Select(l => (l.Start, l.Length))).Select(f => (f.Start, f.Start + f.Length))];
    }

    [GeneratedRegex(@"^\s*[\p{L} ]{2,30}:\s*\S")]
    private static partial Regex FactLine();
}
