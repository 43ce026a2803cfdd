using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Ranking;

/// <summary>
/// Scores how well a parsed profile fits a job, 0-100, from skills (taxonomy-aware: EKS proves
/// Kubernetes, MySQL earns partial credit for PostgreSQL), years of experience, education and
/// location. It reads nothing else of the profile: not the name, contact details, links, dates of
/// study or any other cue to a protected attribute. Prepare once per job, then score many profiles.
/// </summary>
public sealed class FitScorer
{
    internal const double RelatedSkillCredit = 0.5;
    internal const double RequiredSkillsWeight = 50;
    internal const double PreferredSkillsWeight = 15;
    internal const double ExperienceWeight = 20;
    internal const double EducationWeight = 10;
    internal const double LocationWeight = 5;

    /// <summary>Years of experience that stand in for one missing degree level when the job allows equivalent experience.</summary>
    internal const double YearsPerDegreeLevel = 2;

    private readonly ISkillVocabulary _vocabulary;

    public FitScorer(ISkillVocabulary? vocabulary = null) => _vocabulary = vocabulary ?? TaxonomySkillVocabulary.Default;

    public PreparedJob Prepare(JobRequirements job) => new(job, _vocabulary);

    /// <summary>Score and reasons for one profile; for many profiles, <see cref="Prepare"/> the job once.</summary>
    public FitResult Score(ResumeProfile profile, JobRequirements job) => Prepare(job).Explain(profile);
}
