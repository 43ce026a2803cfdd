using OpenHire.Analysis.Postings;
using OpenHire.Analysis.Ranking;
using OpenHire.Analysis.Resumes;
using OpenHire.Analysis.Resumes.Profile;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

public sealed class FitScorerTests
{
    private static readonly FitScorer Scorer = new();

    private static readonly JobRequirements BackendJob = new()
    {
        RequiredSkills = ["Python", "PostgreSQL", "Kubernetes", "Kafka", "Linux", "AWS", "Git"],
        PreferredSkills = ["Terraform"],
        MinYearsBySkill = new Dictionary<string, double> { ["Python"] = 5 },
        MinYearsExperience = 5,
        MinEducation = DegreeLevel.Bachelor,
        EducationOrEquivalentExperience = true,
    };

    private static ResumeProfile Profile(double totalYears, params (string Name, double Years)[] skills) => new()
    {
        Skills = skills.Select(s => new SkillEntry(s.Name, 1, s.Years)).ToList(),
        TotalYearsOfExperience = totalYears,
        Education = [new EducationEntry("State University", "Bachelor of Science", "Computer Science", new PartialDate(2015), false) { Level = DegreeLevel.Bachelor }],
    };

    [Fact]
    public void Explains_met_and_missing_skills_with_years()
    {
        var result = Scorer.Score(Profile(7, ("Python", 7), ("PostgreSQL", 3), ("Linux", 2), ("AWS", 4), ("Git", 7)), BackendJob);

        Assert.Contains("5 of 7 required skills — missing Kubernetes, Kafka", result.Reasons);
        Assert.Contains("Python 7 yrs (5+ asked)", result.Reasons);
        Assert.Contains("PostgreSQL 3 yrs", result.Reasons);
        Assert.Contains("7 yrs of experience (5+ asked)", result.Reasons);
        Assert.InRange(result.Score, 50, 85);
    }

    [Fact]
    public void Counts_a_skill_that_implies_a_required_one()
    {
        var withEks = Scorer.Score(Profile(6, ("EKS", 3)), new JobRequirements { RequiredSkills = ["Kubernetes"] });
        Assert.Equal(100, withEks.Score);
        Assert.Contains(withEks.Reasons, r => r.StartsWith("EKS 3 yrs counts toward Kubernetes", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_partial_credit_for_a_related_skill()
    {
        var job = new JobRequirements { RequiredSkills = ["PostgreSQL"] };
        var related = Scorer.Score(Profile(3, ("MySQL", 3)), job);
        Assert.InRange(related.Score, 1, 99);
        Assert.Contains(related.Reasons, r => r.Contains("related to PostgreSQL", StringComparison.Ordinal));
        Assert.Equal(0, Scorer.Score(Profile(3, ("Photoshop", 3)), job).Score);
    }

    [Fact]
    public void Lets_experience_stand_in_for_a_degree_only_when_the_job_says_so()
    {
        var noDegree = Profile(12, ("Python", 12)) with { Education = [] };
        var strict = BackendJob with { EducationOrEquivalentExperience = false };
        Assert.True(Scorer.Score(noDegree, BackendJob).Score > Scorer.Score(noDegree, strict).Score);
        Assert.Contains(Scorer.Score(noDegree, BackendJob).Reasons, r => r.Contains("count as equivalent", StringComparison.Ordinal));
    }

    [Fact]
    public void Does_not_reward_years_beyond_what_is_asked()
    {
        var job = new JobRequirements { RequiredSkills = ["Python"], MinYearsExperience = 5 };
        Assert.Equal(Scorer.Score(Profile(6, ("Python", 6)), job).Score, Scorer.Score(Profile(30, ("Python", 30)), job).Score);
    }

    [Fact]
    public void Scores_the_same_with_and_without_reasons()
    {
        var prepared = Scorer.Prepare(BackendJob);
        var profile = Profile(4, ("Python", 3), ("MySQL", 4), ("EKS", 1), ("Terraform", 1));
        Assert.Equal(prepared.Explain(profile).Score, prepared.ScoreOnly(profile));
    }

    [Fact]
    public void Scores_onsite_roles_lower_for_candidates_elsewhere()
    {
        var job = new JobRequirements { RequiredSkills = ["Python"], Workplace = WorkplaceType.Onsite, Location = "Austin, TX" };
        var local = Profile(3, ("Python", 3)) with { Location = "Austin, TX" };
        var away = local with { Location = "Lisbon, Portugal" };
        Assert.True(Scorer.Score(local, job).Score > Scorer.Score(away, job).Score);
        Assert.Equal(Scorer.Score(local, job with { Workplace = WorkplaceType.Remote }).Score, Scorer.Score(away, job with { Workplace = WorkplaceType.Remote }).Score);
    }

    [Fact]
    public void Scores_zero_against_a_job_without_requirements() =>
        Assert.Equal(0, Scorer.Score(Profile(3, ("Python", 3)), new JobRequirements()).Score);
}
