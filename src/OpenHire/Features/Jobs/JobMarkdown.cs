using System.Text;
using OpenHire.Features.Careers;

namespace OpenHire.Features.Jobs;

/// <summary>A job as Markdown, to paste into job boards, wikis or email.</summary>
public static class JobMarkdown
{
    public static string Render(Job job, string organizationName)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(job.Title)).AppendLine();
        md.Append("**").Append(Escape(organizationName)).Append("**");
        if (job.Department is not null) md.Append(" · ").Append(Escape(job.Department));
        md.AppendLine().AppendLine();
        Fact(md, "Location", JobText.Locations(job));
        Fact(md, "Workplace", JobText.Workplace(job));
        Fact(md, "Employment type", JobText.Employment(job.EmploymentType));
        Fact(md, "Salary", JobText.Salary(job.Salary));
        Fact(md, "Experience", job.MinYearsExperience is { } years ? $"{years}+ years" : null);
        Fact(md, "Education", JobText.Education(job.Education));
        Fact(md, "Apply by", job.ValidThrough?.ToString("d MMMM yyyy"));
        md.AppendLine();
        Paragraph(md, "About the role", job.Summary);
        List(md, "Responsibilities", job.Responsibilities);
        List(md, "Required qualifications", job.RequiredQualifications);
        List(md, "Preferred qualifications", job.PreferredQualifications);
        List(md, "Skills", [.. Labelled("Required", job.RequiredSkills), .. Labelled("Preferred", job.PreferredSkills)]);
        List(md, "What we offer", job.Benefits);
        List(md, "Our tech stack", job.TechStack.Select(g => $"**{Escape(g.Category)}:** {Escape(string.Join(", ", g.Items))}").ToList(), escaped: true);
        Paragraph(md, "Culture", job.Culture);
        Paragraph(md, "Equal opportunity", job.EqualOpportunityStatement);
        Paragraph(md, "How to apply", job.HowToApply.Instructions);
        return md.ToString().TrimEnd() + "\n";
    }

    static IEnumerable<string> Labelled(string label, List<string> skills) =>
        skills.Count == 0 ? [] : [$"{label}: {string.Join(", ", skills)}"];

    static void Fact(StringBuilder md, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) md.Append("- **").Append(label).Append(":** ").AppendLine(Escape(value));
    }

    static void Paragraph(StringBuilder md, string heading, string? text)
    {
        if (text is null) return;
        md.Append("## ").AppendLine(heading).AppendLine().AppendLine(Escape(text)).AppendLine();
    }

    static void List(StringBuilder md, string heading, IReadOnlyList<string> items, bool escaped = false)
    {
        if (items.Count == 0) return;
        md.Append("## ").AppendLine(heading).AppendLine();
        foreach (var item in items) md.Append("- ").AppendLine(escaped ? item : Escape(item));
        md.AppendLine();
    }

    /// <summary>Text stays text: characters that Markdown or embedded HTML would interpret are escaped.</summary>
    static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|') escaped.Append('\\');
            escaped.Append(c);
        }
        var result = escaped.ToString();
        return result.StartsWith('#') ? "\\" + result : result;
    }
}
