using System.Text;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Cuts a resume into sections at heading lines such as "WORK EXPERIENCE" or "🎓 Education".</summary>
internal static class SectionSplitter
{
    private static readonly Dictionary<string, SectionKind> Headings = BuildHeadings();

    public static IReadOnlyList<ResumeSection> Split(IReadOnlyList<ResumeLine> lines)
    {
        var sections = new List<ResumeSection>();
        var kind = SectionKind.Header;
        var heading = "";
        var current = new List<ResumeLine>();
        foreach (var line in lines)
        {
            if (!line.IsBullet && TryGetHeading(line.Text, out var next))
            {
                sections.Add(new ResumeSection(kind, heading, current));
                (kind, heading, current) = (next, line.Text, []);
                continue;
            }
            // "Skills: Python, Django" is a heading with its content on the same line.
            var colon = line.Text.IndexOf(':');
            if (!line.IsBullet && colon > 0 && colon < line.Text.Length - 1 && TryGetHeading(line.Text[..colon], out var inline)
                && inline is not (SectionKind.Other or SectionKind.Summary))
            {
                sections.Add(new ResumeSection(kind, heading, current));
                (kind, heading, current) = (inline, line.Text[..colon], [line with { Text = line.Text[(colon + 1)..].Trim() }]);
                continue;
            }
            current.Add(line);
        }
        sections.Add(new ResumeSection(kind, heading, current));
        return sections;
    }

    public static bool TryGetHeading(string line, out SectionKind kind)
    {
        kind = SectionKind.Other;
        if (line.Length is 0 or > 45) return false;
        var key = NormalizeHeading(line);
        return key.Length > 0 && Headings.TryGetValue(key, out kind);
    }

    // "Honors & Awards:", "SKILLS", "Work  Experience" all reduce to lower-case words joined by single spaces.
    private static string NormalizeHeading(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line.Trim().TrimEnd(':'))
        {
            if (char.IsLetter(c)) builder.Append(char.ToLowerInvariant(c));
            else if (c is '&' or '/' or '+') builder.Append(" and ");
            else if (c is ' ' or '-') builder.Append(' ');
            else return "";
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, SectionKind> BuildHeadings()
    {
        var map = new Dictionary<string, SectionKind>();
        void Add(SectionKind kind, params string[] names)
        {
            foreach (var name in names) map[name] = kind;
        }

        Add(SectionKind.Summary, "summary", "professional summary", "profile", "professional profile", "objective",
            "career objective", "about", "about me", "executive summary", "career summary", "personal statement", "overview");
        Add(SectionKind.Experience, "experience", "work experience", "professional experience", "employment",
            "employment history", "work history", "career history", "professional background", "relevant experience",
            "volunteer experience", "volunteering", "volunteer work", "internships", "internship", "internship experience",
            "research", "research experience", "on campus involvement", "campus involvement", "involvement",
            "leadership experience", "teaching experience", "military service", "military experience",
            "positions of responsibility", "experience and employment", "work and volunteer experience", "career");
        Add(SectionKind.Education, "education", "academic background", "education and training", "educational background",
            "academic qualifications", "education and certifications", "academics", "academic history");
        Add(SectionKind.Skills, "skills", "technical skills", "core competencies", "competencies", "key skills",
            "skills and tools", "skills and abilities", "technologies", "tech stack", "tools", "tools and technologies",
            "expertise", "areas of expertise", "computer skills", "skills and expertise", "skill set", "skillset",
            "core skills", "professional skills", "skills summary", "technical proficiencies", "qualifications",
            "coursework", "relevant coursework", "courses", "relevant courses");
        Add(SectionKind.Certifications, "certifications", "certification", "certificates", "licenses",
            "licenses and certifications", "certifications and licenses", "licences", "professional certifications",
            "courses and certifications", "certifications and training");
        Add(SectionKind.Languages, "languages", "language skills", "spoken languages");
        Add(SectionKind.Projects, "projects", "personal projects", "selected projects", "academic projects",
            "side projects", "key projects", "open source", "portfolio");
        Add(SectionKind.Other, "awards", "honors", "honours", "honors and awards", "awards and honors", "achievements",
            "accomplishments", "recognition", "publications", "interests", "hobbies", "hobbies and interests", "references",
            "links", "presentations", "writing", "extracurricular activities",
            "extracurricular activity", "activities", "patents", "affiliations", "memberships", "additional information",
            "contact", "contact information", "personal information", "personal details", "training",
            "conferences", "talks", "community", "leadership", "scholarships");
        return map;
    }
}
