using System.Globalization;
using OpenHire.Analysis.Skills;
using OpenHire.Features.Resumes;

namespace OpenHire.Features.Applications;

public enum ApplicantSort
{
    /// <summary>Most recent first.</summary>
    Newest,

    /// <summary>Best fit first; applications not scored yet come last.</summary>
    Fit,
}

/// <summary>Where applications stand: in the pipeline, or ended one way or the other.</summary>
public enum ApplicantStatus
{
    Active,
    Rejected,
    Withdrawn,
}

/// <summary>A minimum of years with one skill ("python:5").</summary>
public sealed record SkillYears(string Skill, double Years);

/// <summary>
/// How a job's applicants are ordered and narrowed: "must have Kafka", "at least 5 years of Python",
/// "in the Screen stage", "rejected". Skills are matched through the taxonomy ("k8s" is Kubernetes,
/// EKS experience counts toward it).
/// </summary>
public sealed record ApplicantFilter(
    ApplicantSort Sort, IReadOnlyList<string> MustHave, IReadOnlyList<SkillYears> MinYears, Guid? Stage = null, ApplicantStatus? Status = null)
{
    public static readonly ApplicantFilter Newest = new(ApplicantSort.Newest, [], []);

    /// <summary>Reads the query string's sort, must_have (repeatable), min_years ("skill:years", repeatable), stage (an id) and status.</summary>
    public static ApplicantFilter? TryParse(
        string? sort, string[]? mustHave, string[]? minYears, Dictionary<string, string[]> errors, string? stage = null, string? status = null)
    {
        if (!EnumText.TryParse<ApplicantSort>(sort, out var order)) errors["sort"] = EnumText.Expected<ApplicantSort>();
        Guid? stageId = null;
        if (!string.IsNullOrWhiteSpace(stage))
        {
            if (Guid.TryParse(stage, out var id)) stageId = id;
            else errors["stage"] = ["stage is a stage id, as GET /jobs/{id}/pipeline lists them."];
        }
        if (!EnumText.TryParse<ApplicantStatus>(status, out var state)) errors["status"] = EnumText.Expected<ApplicantStatus>();
        var skills = (mustHave ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(Key).ToList();
        var years = new List<SkillYears>();
        foreach (var item in minYears ?? [])
        {
            var colon = item.LastIndexOf(':');
            if (colon > 0 && double.TryParse(item[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 60)
                years.Add(new SkillYears(Key(item[..colon]), n));
            else errors["min_years"] = [$"\"{item}\" is not skill:years, e.g. python:5."];
        }
        if (skills.Count + years.Count > 20) errors["must_have"] = ["At most 20 skill filters."];
        return errors.Count > 0 ? null : new ApplicantFilter(order ?? ApplicantSort.Newest, skills, years, stageId, state);
    }

    /// <summary>The key skill rows are stored under: the canonical name, lower-cased.</summary>
    static string Key(string skill) => ApplicationSkill.Normalize(SkillTaxonomy.Default.Canonicalize(skill));
}
