using OpenHire.Analysis.Postings;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Ranking;

/// <summary>
/// A job's requirements with every skill spelling that satisfies them resolved up front, so that
/// scoring a profile is one dictionary look-up per candidate skill.
/// </summary>
public sealed class PreparedJob
{
    /// <summary>
    /// One thing the job asks for: a skill, or alternatives any one of which will do (<paramref name="Members"/>),
    /// whether it is required, and the years asked for it.
    /// </summary>
    internal sealed record SkillRequirement(string Name, IReadOnlyList<string> Members, bool IsRequired, double? MinYears);

    /// <summary>A candidate skill that counts toward requirement <paramref name="Requirement"/> with <paramref name="Credit"/> (1 = full).</summary>
    private readonly record struct Satisfier(int Requirement, double Credit);

    private readonly Dictionary<string, Satisfier[]> _satisfiers = new(StringComparer.OrdinalIgnoreCase);
    private readonly double _totalWeight;
    private readonly string _jobCity;

    internal PreparedJob(JobRequirements job, ISkillVocabulary vocabulary)
    {
        Job = job;
        var required = Canonical(job.RequiredSkills, vocabulary);
        var preferred = Canonical(job.PreferredSkills, vocabulary).Except(required, StringComparer.OrdinalIgnoreCase).ToList();
        var alternatives = job.Alternatives.Select(group => Canonical(group, vocabulary)).ToList();
        var requiredNeeds = Needs(required, alternatives, true, job, vocabulary);
        var preferredNeeds = Needs(preferred, alternatives, false, job, vocabulary);
        Requirements = [.. requiredNeeds, .. preferredNeeds];
        RequiredCount = requiredNeeds.Count;
        PreferredCount = preferredNeeds.Count;

        var byName = new Dictionary<string, List<Satisfier>>(StringComparer.OrdinalIgnoreCase);
        void Link(string candidateSkill, int requirement, double credit)
        {
            if (!byName.TryGetValue(candidateSkill, out var list)) byName[candidateSkill] = list = [];
            list.Add(new Satisfier(requirement, credit));
        }
        for (var r = 0; r < Requirements.Count; r++)
            foreach (var name in Requirements[r].Members)
            {
                Link(name, r, 1);
                foreach (var implying in vocabulary.ImpliedBy(name)) Link(implying, r, 1);
                foreach (var related in vocabulary.Related(name)) Link(related, r, FitScorer.RelatedSkillCredit);
            }
        foreach (var (skill, list) in byName) _satisfiers[skill] = list.ToArray();

        _jobCity = (job.Location ?? "").Split(',')[0].Trim();
        _totalWeight = (RequiredCount > 0 ? FitScorer.RequiredSkillsWeight : 0)
            + (PreferredCount > 0 ? FitScorer.PreferredSkillsWeight : 0)
            + (job.MinYearsExperience is > 0 ? FitScorer.ExperienceWeight : 0)
            + (job.MinEducation is > DegreeLevel.Unknown ? FitScorer.EducationWeight : 0)
            + (HasLocationRequirement(job) ? FitScorer.LocationWeight : 0);
    }

    public JobRequirements Job { get; }

    internal IReadOnlyList<SkillRequirement> Requirements { get; }
    internal int RequiredCount { get; }
    internal int PreferredCount { get; }

    /// <summary>The 0-100 score alone, without building reasons: the path for ranking many candidates.</summary>
    public int ScoreOnly(ResumeProfile profile)
    {
        Span<double> credits = Requirements.Count <= 64 ? stackalloc double[Requirements.Count] : new double[Requirements.Count];
        FillSkillCredits(profile, credits, null);
        return Combine(profile, credits);
    }

    /// <summary>The score with human-readable reasons.</summary>
    public FitResult Explain(ResumeProfile profile)
    {
        var credits = new double[Requirements.Count];
        var evidence = new SkillEvidence?[Requirements.Count];
        FillSkillCredits(profile, credits, evidence);
        var score = Combine(profile, credits);
        return new FitResult(score, FitReasons.Describe(this, profile, credits, evidence));
    }

    /// <summary>The candidate skill behind a requirement's credit, and whether it is the skill itself or one implying it (1) or merely related (less).</summary>
    internal readonly record struct SkillEvidence(string Skill, double BaseCredit);

    private void FillSkillCredits(ResumeProfile profile, Span<double> credits, SkillEvidence?[]? evidence)
    {
        // Index loops: enumerating an IReadOnlyList boxes its enumerator, and this runs for every candidate.
        var skills = profile.Skills;
        for (var s = 0; s < skills.Count; s++)
        {
            var skill = skills[s];
            if (!_satisfiers.TryGetValue(skill.Name, out var satisfiers)) continue;
            foreach (var (requirement, baseCredit) in satisfiers)
            {
                var credit = baseCredit * YearsFactor(Requirements[requirement].MinYears, skill.Years);
                if (credit <= credits[requirement]) continue;
                credits[requirement] = credit;
                if (evidence is not null) evidence[requirement] = new SkillEvidence(skill.Name, baseCredit);
            }
        }
    }

    // Short of the years asked for a skill, the skill still counts at least half.
    private static double YearsFactor(double? minYears, double years) =>
        minYears is > 0 && years < minYears ? Math.Max(0.5, years / minYears.Value) : 1;

    private int Combine(ResumeProfile profile, ReadOnlySpan<double> credits)
    {
        if (_totalWeight <= 0) return 0;
        double required = 0, preferred = 0;
        for (var r = 0; r < credits.Length; r++)
        {
            if (r < RequiredCount) required += credits[r];
            else preferred += credits[r];
        }
        var points = 0.0;
        if (RequiredCount > 0) points += FitScorer.RequiredSkillsWeight * required / RequiredCount;
        if (PreferredCount > 0) points += FitScorer.PreferredSkillsWeight * preferred / PreferredCount;
        if (Job.MinYearsExperience is > 0 and var minYears) points += FitScorer.ExperienceWeight * ExperienceFactor(profile, minYears);
        if (Job.MinEducation is > DegreeLevel.Unknown) points += FitScorer.EducationWeight * EducationFactor(profile);
        if (HasLocationRequirement(Job)) points += FitScorer.LocationWeight * LocationFactor(profile);
        return (int)Math.Round(100 * points / _totalWeight);
    }

    // More years than asked earn nothing extra, so the score does not favour older candidates.
    internal static double ExperienceFactor(ResumeProfile profile, double minYears) =>
        Math.Min(1, profile.TotalYearsOfExperience / minYears);

    internal double EducationFactor(ResumeProfile profile)
    {
        var needed = Job.MinEducation ?? DegreeLevel.Unknown;
        var highest = HighestCompletedLevel(profile);
        if (highest >= needed) return 1;
        if (!Job.EducationOrEquivalentExperience) return 0;
        var yearsNeeded = (Job.MinYearsExperience ?? 0) + FitScorer.YearsPerDegreeLevel * (needed - highest);
        return profile.TotalYearsOfExperience >= yearsNeeded ? 1 : 0;
    }

    internal static DegreeLevel HighestCompletedLevel(ResumeProfile profile)
    {
        var highest = DegreeLevel.Unknown;
        var education = profile.Education;
        for (var e = 0; e < education.Count; e++)
            if (!education[e].IsOngoing && education[e].Level > highest) highest = education[e].Level;
        return highest;
    }

    internal double LocationFactor(ResumeProfile profile)
    {
        if (Job.Workplace == WorkplaceType.Remote || string.IsNullOrWhiteSpace(Job.Location)) return 1;
        if (string.IsNullOrWhiteSpace(profile.Location)) return 0.5;
        return profile.Location.Contains(_jobCity, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    private static bool HasLocationRequirement(JobRequirements job) =>
        job.Workplace is WorkplaceType.Onsite or WorkplaceType.Hybrid && !string.IsNullOrWhiteSpace(job.Location);

    /// <summary>
    /// The skills of one list as requirements: members of a group of alternatives in the list become one
    /// requirement named "Django/FastAPI/Flask", placed where its first member was.
    /// </summary>
    private static List<SkillRequirement> Needs(List<string> skills, List<List<string>> alternatives, bool isRequired, JobRequirements job, ISkillVocabulary vocabulary)
    {
        var needs = new List<SkillRequirement>();
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = alternatives.Select(group => group.Where(s => skills.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList())
            .Where(group => group.Count >= 2).ToList();
        foreach (var skill in skills)
        {
            if (done.Contains(skill)) continue;
            var members = groups.FirstOrDefault(group => group.Contains(skill, StringComparer.OrdinalIgnoreCase)) ?? [skill];
            done.UnionWith(members);
            var minYears = members.Select(m => MinYearsFor(m, job, vocabulary)).Max();
            needs.Add(new SkillRequirement(string.Join("/", members), members, isRequired, minYears));
        }
        return needs;
    }

    private static List<string> Canonical(IEnumerable<string> skills, ISkillVocabulary vocabulary) =>
        skills.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => vocabulary.Canonicalize(s) ?? s.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static double? MinYearsFor(string canonical, JobRequirements job, ISkillVocabulary vocabulary)
    {
        foreach (var (skill, years) in job.MinYearsBySkill)
            if (string.Equals(vocabulary.Canonicalize(skill) ?? skill, canonical, StringComparison.OrdinalIgnoreCase)) return years;
        return null;
    }
}
