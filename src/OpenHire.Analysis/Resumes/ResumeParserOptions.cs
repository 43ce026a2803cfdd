using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Resumes;

public sealed record ResumeParserOptions
{
    public static ResumeParserOptions Default { get; } = new();

    /// <summary>The date "present" means when measuring years of experience; fixed in tests for repeatable results.</summary>
    public DateOnly AsOf { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Region assumed for phone numbers written without a country code (ISO 3166 alpha-2).</summary>
    public string DefaultPhoneRegion { get; init; } = "US";

    public ISkillVocabulary Vocabulary { get; init; } = TaxonomySkillVocabulary.Default;
}
