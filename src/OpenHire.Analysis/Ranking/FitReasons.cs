using OpenHire.Analysis.Postings;
using System.Globalization;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Ranking;

/// <summary>Writes the reasons behind a fit score in the words a recruiter would use.</summary>
internal static class FitReasons
{
    public static IReadOnlyList<string> Describe(PreparedJob job, ResumeProfile profile, double[] credits, PreparedJob.SkillEvidence?[] evidence)
    {
        var reasons = new List<string>();
        if (job.RequiredCount > 0) reasons.Add(SkillSummary(job, credits, 0, job.RequiredCount, "required"));
        if (job.PreferredCount > 0) reasons.Add(SkillSummary(job, credits, job.RequiredCount, job.Requirements.Count, "preferred"));

        var years = profile.Skills.ToDictionary(s => s.Name, s => s.Years, StringComparer.OrdinalIgnoreCase);
        for (var r = 0; r < job.Requirements.Count; r++)
        {
            var requirement = job.Requirements[r];
            if (evidence[r] is not { } found) continue;
            var skill = found.Skill;
            var detail = years.GetValueOrDefault(skill) is > 0 and var y ? $"{skill} {Years(y)}" : skill;
            if (requirement.MinYears is { } asked) detail += $" ({Number(asked)}+ asked)";
            if (!requirement.Members.Contains(skill, StringComparer.OrdinalIgnoreCase))
                detail += found.BaseCredit >= 1
                    ? $" counts toward {requirement.Name}"
                    : $" is related to {requirement.Name} (partial credit)";
            reasons.Add(detail);
        }

        if (job.Job.MinYearsExperience is > 0 and var minYears)
            reasons.Add($"{Years(profile.TotalYearsOfExperience)} of experience ({Number(minYears)}+ asked)");
        if (job.Job.MinEducation is > DegreeLevel.Unknown and var needed)
            reasons.Add(EducationReason(job, profile, needed));
        if (job.Job.Workplace is WorkplaceType.Onsite or WorkplaceType.Hybrid && job.Job.Location is { Length: > 0 } location)
            reasons.Add(job.LocationFactor(profile) switch
            {
                >= 1 => $"Based in {profile.Location} ({job.Job.Workplace.ToString()!.ToLowerInvariant()} in {location})",
                > 0 => $"Location not given ({job.Job.Workplace.ToString()!.ToLowerInvariant()} in {location})",
                _ => $"Based in {profile.Location}; the role is {job.Job.Workplace.ToString()!.ToLowerInvariant()} in {location}",
            });
        foreach (var flag in profile.Flags) reasons.Add($"Note: {flag.Message}");
        return reasons;
    }

    private static string SkillSummary(PreparedJob job, double[] credits, int from, int to, string kind)
    {
        var total = to - from;
        var met = 0;
        var missing = new List<string>();
        for (var r = from; r < to; r++)
        {
            if (credits[r] >= 1) met++;
            else if (credits[r] <= 0) missing.Add(job.Requirements[r].Name);
        }
        var partial = total - met - missing.Count;
        var summary = $"{met} of {total} {kind} skills";
        if (partial > 0) summary += $", {partial} partly";
        if (missing.Count > 0) summary += $" — missing {string.Join(", ", missing)}";
        return summary;
    }

    private static string EducationReason(PreparedJob job, ResumeProfile profile, DegreeLevel needed)
    {
        var highest = PreparedJob.HighestCompletedLevel(profile);
        var asked = $"{Describe(needed)} asked";
        if (highest >= needed) return $"{Describe(highest)} ({asked})";
        var had = highest == DegreeLevel.Unknown ? "No degree found" : Describe(highest);
        return job.EducationFactor(profile) >= 1
            ? $"{had} ({asked}); {Years(profile.TotalYearsOfExperience)} of experience count as equivalent"
            : $"{had} ({asked})";
    }

    private static string Describe(DegreeLevel level) => level switch
    {
        DegreeLevel.HighSchool => "High school",
        DegreeLevel.Associate => "Associate degree",
        DegreeLevel.Bachelor => "Bachelor's degree",
        DegreeLevel.Master => "Master's degree",
        DegreeLevel.Doctorate => "Doctorate",
        _ => "Degree",
    };

    private static string Years(double years) => $"{Number(years)} yrs";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
