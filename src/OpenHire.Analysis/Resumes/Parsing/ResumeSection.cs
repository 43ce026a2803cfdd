namespace OpenHire.Analysis.Resumes.Parsing;

internal enum SectionKind
{
    /// <summary>Everything before the first heading: name and contact details.</summary>
    Header,
    Summary,
    Experience,
    Education,
    Skills,
    Certifications,
    Languages,
    Projects,
    Other,
}

internal sealed record ResumeSection(SectionKind Kind, string Heading, IReadOnlyList<ResumeLine> Lines);
