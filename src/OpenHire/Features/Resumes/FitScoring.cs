using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenHire.Analysis.Ranking;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Analysis.Resumes.Skills;
using OpenHire.Analysis.Skills;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;

namespace OpenHire.Features.Resumes;

/// <summary>Scores applications against their job and keeps their skill rows in step with their profile.</summary>
public static class FitScoring
{
    static readonly FitScorer Scorer = new();

    /// <summary>What the job asks for, in the scorer's terms.</summary>
    public static JobRequirements RequirementsOf(Job job)
    {
        var place = job.Locations.FirstOrDefault(l => l.City is not null);
        return new JobRequirements
        {
            RequiredSkills = job.RequiredSkills,
            PreferredSkills = job.PreferredSkills,
            Alternatives = SkillAlternatives.Find(job.RequiredQualifications.Concat(job.PreferredQualifications), TaxonomySkillVocabulary.Default),
            MinYearsExperience = job.MinYearsExperience,
            MinEducation = job.Education?.Level switch
            {
                EducationLevel.HighSchool => DegreeLevel.HighSchool,
                EducationLevel.Associate => DegreeLevel.Associate,
                EducationLevel.Bachelor => DegreeLevel.Bachelor,
                EducationLevel.Master => DegreeLevel.Master,
                EducationLevel.Doctorate => DegreeLevel.Doctorate,
                _ => null,
            },
            EducationOrEquivalentExperience = job.Education?.OrEquivalentExperience ?? false,
            Workplace = job.WorkplaceType,
            Location = place is null ? null : string.Join(", ", new[] { place.City, place.Region ?? place.Country }.OfType<string>()),
        };
    }

    /// <summary>A value that changes exactly when the job's requirements do: the trigger for re-scoring.</summary>
    public static string Fingerprint(Job job) => JsonSerializer.Serialize(RequirementsOf(job));

    public static PreparedJob Prepare(Job job) => Scorer.Prepare(RequirementsOf(job));

    /// <summary>Sets the application's score and reasons from its current profile.</summary>
    public static void Score(Application application, PreparedJob job, DateTimeOffset now)
    {
        if (application.Profile is not { } profile)
        {
            application.FitScore = null;
            application.FitReasons = [];
        }
        else
        {
            var fit = job.Explain(profile);
            application.FitScore = fit.Score;
            application.FitReasons = [.. fit.Reasons];
        }
        application.ScoredAt = now;
    }

    public const int MaxTitleLength = 200;

    /// <summary>
    /// Brings what filters and search read about the profile in line with it: the skill rows and the
    /// current title (tracked changes, saved by the caller).
    /// </summary>
    public static async Task IndexProfileAsync(AppDbContext db, Application application, CancellationToken ct)
    {
        application.CurrentTitle = CurrentTitle(application.Profile);
        var wanted = SkillYears(application.Profile);
        var existing = await db.ApplicationSkills.Where(s => s.ApplicationId == application.Id).ToListAsync(ct);
        foreach (var row in existing)
        {
            if (wanted.Remove(row.NormalizedSkill, out var found)) row.Years = found.Years;
            else db.ApplicationSkills.Remove(row);
        }
        foreach (var (normalized, (skill, years)) in wanted)
            db.ApplicationSkills.Add(new ApplicationSkill
            {
                ApplicationId = application.Id, OrganizationId = application.OrganizationId, JobId = application.JobId,
                Skill = skill, NormalizedSkill = normalized, Years = years,
            });
    }

    /// <summary>The title of the current job, or else of the first job listed (resumes list the latest first).</summary>
    static string? CurrentTitle(ResumeProfile? profile)
    {
        var titled = profile?.Work.Where(w => !string.IsNullOrWhiteSpace(w.Title)).ToList() ?? [];
        var title = (titled.FirstOrDefault(w => w.IsCurrent) ?? titled.FirstOrDefault())?.Title!.Trim();
        return title is { Length: > MaxTitleLength } ? title[..MaxTitleLength] : title;
    }

    /// <summary>Each skill of the profile and each skill it implies, with the most years any of them shows.</summary>
    static Dictionary<string, (string Skill, double Years)> SkillYears(ResumeProfile? profile)
    {
        var result = new Dictionary<string, (string, double)>();
        foreach (var entry in profile?.Skills ?? [])
        {
            var shown = SkillTaxonomy.Default.TryGet(entry.Name, out var skill) ? skill.WithImplied().Select(s => s.Name) : [entry.Name];
            foreach (var name in shown)
            {
                var key = ApplicationSkill.Normalize(name);
                if (key.Length == 0 || key.Length > 100) continue;
                if (!result.TryGetValue(key, out var known) || known.Item2 < entry.Years) result[key] = (name, entry.Years);
            }
        }
        return result;
    }
}
