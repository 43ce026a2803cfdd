using OpenHire.Analysis.Resumes.Extraction;
using OpenHire.Analysis.Resumes.Parsing;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Resumes;

/// <summary>Turns resume text into a <see cref="ResumeProfile"/>. Deterministic, no I/O, never throws on odd text.</summary>
public static class ResumeParser
{
    public static ResumeProfile Parse(ExtractionResult extraction, ResumeParserOptions? options = null)
    {
        var profile = Parse(extraction.Text, extraction.Hyperlinks, options);
        var flags = profile.Flags.ToList();
        if (extraction.Reason?.Contains("hidden", StringComparison.OrdinalIgnoreCase) == true
            || extraction.Reason?.Contains("invisible", StringComparison.OrdinalIgnoreCase) == true)
            flags.Add(new ProfileFlag(ProfileFlagKind.HiddenText, extraction.Reason));
        if (extraction.Reason?.Contains("pages were read", StringComparison.OrdinalIgnoreCase) == true)
            flags.Add(new ProfileFlag(ProfileFlagKind.TruncatedDocument, extraction.Reason));
        return profile with { Flags = flags };
    }

    public static ResumeProfile Parse(string text, IReadOnlyList<string>? hyperlinks = null, ResumeParserOptions? options = null)
    {
        options ??= ResumeParserOptions.Default;
        var lines = ResumeLine.Split(text);
        var sections = SectionSplitter.Split(lines);
        var header = sections[0].Kind == SectionKind.Header && sections[0].Lines.Any(l => !l.IsBlank)
            ? sections[0].Lines
            : lines.Take(10).ToList();
        // Sidebar templates put contact details under a "Contact" heading instead of the header.
        var headerTexts = header.Concat(sections.Where(IsContactSection).SelectMany(s => s.Lines))
            .Where(l => !l.IsBlank).Select(l => l.Text).ToList();

        var work = LinesOf(sections, SectionKind.Experience, WorkHistoryParser.Parse);
        // A resume without an experience heading may still list dated jobs under the name.
        if (work.Count == 0 && sections[0].Kind == SectionKind.Header) work = WorkHistoryParser.Parse(sections[0].Lines);
        var education = LinesOf(sections, SectionKind.Education, EducationParser.Parse);
        var languages = FindLanguages(sections);
        var certifications = CertificationReader.Read(sections.Where(s => s.Kind == SectionKind.Certifications).SelectMany(s => s.Lines), options.Vocabulary);

        // Degree fields ("Computer Science") are studies, not skills; contact lines and links name sites, not tools.
        var skillText = string.Join('\n', sections.Where(s => s.Kind is not (SectionKind.Header or SectionKind.Education or SectionKind.Skills) && !IsLinksSection(s))
            .SelectMany(s => s.Lines).Select(l => l.Text));
        var courseworkLines = sections.Where(s => s.Kind == SectionKind.Education).SelectMany(s => s.Lines).Where(l => IsCourseworkLine(l.Text));
        var skillLines = JoinWrappedLines(sections.Where(s => s.Kind == SectionKind.Skills).SelectMany(s => s.Lines)
            .Where(l => !l.IsBlank && !IsLanguageLine(l.Text)).Concat(courseworkLines));
        var skills = SkillExtractor.Extract(skillText, skillLines, languages.Concat(certifications), options.Vocabulary);

        var linkLines = headerTexts.Concat(sections.Where(IsLinksSection).SelectMany(s => s.Lines).Select(l => l.Text));
        return new ResumeProfile
        {
            Name = NameFinder.Find(header),
            Email = ContactParser.FindEmail(text) ?? ContactParser.FindEmail(string.Join(' ', (hyperlinks ?? []).Where(IsMailto))),
            Phone = ContactParser.FindPhone(headerTexts.Concat(lines.Select(l => l.Text)), options.DefaultPhoneRegion),
            Location = ContactParser.FindLocation(headerTexts),
            Links = ContactParser.FindLinks(linkLines, hyperlinks ?? []),
            Work = work,
            Education = education,
            Skills = ExperienceCalculator.DateSkills(skills.Skills, work, options),
            Languages = languages,
            Certifications = certifications,
            TotalYearsOfExperience = ExperienceCalculator.TotalYears(work, options.AsOf),
            Flags = skills.Stuffed.Select(name => new ProfileFlag(ProfileFlagKind.KeywordStuffing,
                $"\"{name}\" is repeated more than {SkillExtractor.MentionCap * 2} times; only {SkillExtractor.MentionCap} mentions are counted.")).ToList(),
        };
    }

    // An e-mail icon links to "mailto:" even when the address is not written out.
    private static bool IsMailto(string link) => link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<T> LinesOf<T>(IReadOnlyList<ResumeSection> sections, SectionKind kind, Func<IReadOnlyList<ResumeLine>, IReadOnlyList<T>> parse) =>
        sections.Where(s => s.Kind == kind).SelectMany(s => parse(s.Lines)).ToList();

    private static bool IsContactSection(ResumeSection section) =>
        section.Kind == SectionKind.Other && (section.Heading.StartsWith("contact", StringComparison.OrdinalIgnoreCase)
            || section.Heading.StartsWith("personal", StringComparison.OrdinalIgnoreCase));

    private static bool IsLinksSection(ResumeSection section) =>
        section.Kind == SectionKind.Other && section.Heading.Trim().TrimEnd(':').Equals("links", StringComparison.OrdinalIgnoreCase);

    // "Language: Fluent in Spanish" inside a skills section, but not "Languages: Python, Java".
    private static bool IsLanguageLine(string line) =>
        (line.StartsWith("language", StringComparison.OrdinalIgnoreCase) || line.StartsWith("spoken", StringComparison.OrdinalIgnoreCase))
        && SpokenLanguages.FindIn(line).Any();

    private static IReadOnlyList<string> FindLanguages(IReadOnlyList<ResumeSection> sections)
    {
        var lines = sections.Where(s => s.Kind == SectionKind.Languages).SelectMany(s => s.Lines).Select(l => l.Text)
            .Concat(sections.Where(s => s.Kind == SectionKind.Skills).SelectMany(s => s.Lines).Select(l => l.Text).Where(IsLanguageLine));
        return lines.SelectMany(SpokenLanguages.FindIn).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // "Relevant Courses: Spatial Design, Color Theory" under a degree lists studied skills.
    private static bool IsCourseworkLine(string line) =>
        line.StartsWith("relevant course", StringComparison.OrdinalIgnoreCase) || line.StartsWith("coursework", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("courses", StringComparison.OrdinalIgnoreCase);

    // A skills paragraph wrapped by the layout ("Project" / "management, Java") is one list again.
    private static IReadOnlyList<ResumeLine> JoinWrappedLines(IEnumerable<ResumeLine> lines)
    {
        var joined = new List<ResumeLine>();
        foreach (var line in lines)
        {
            var continues = joined.Count > 0 && !line.IsBullet && !line.Text.Contains(':')
                && (char.IsLower(line.Text[0]) || joined[^1].Text.EndsWith(','));
            if (continues) joined[^1] = joined[^1] with { Text = joined[^1].Text + " " + line.Text };
            else joined.Add(line);
        }
        return joined;
    }
}
