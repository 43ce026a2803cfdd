using OpenHire.Analysis.Postings;
using OpenHire.Analysis.Ranking;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Analysis.Resumes.Skills;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

/// <summary>"Django, FastAPI, or Flask" asks for one of them: knowing Django is not missing Flask.</summary>
public sealed class SkillAlternativesTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Find(params string[] lines) => SkillAlternatives.Find(lines, TaxonomySkillVocabulary.Default);

    [Fact]
    public void Skills_in_parentheses_are_examples_of_one_need_with_the_kind_named_right_before_them()
    {
        var groups = Find(
            "Strong proficiency in Python and backend frameworks (Django, FastAPI, or Flask)",
            "Expert knowledge of relational databases (PostgreSQL, MySQL)",
            "Experience with message queues (RabbitMQ, Kafka, or SQS)");

        Assert.Equal(3, groups.Count);
        Assert.Equal(["Django", "FastAPI", "Flask"], groups[0]);
        Assert.Equal(["PostgreSQL", "MySQL"], groups[1].Except(["Relational databases"]));
        Assert.Equal(["RabbitMQ", "Kafka", "SQS"], groups[2].Except(["Message queues"]));
        Assert.DoesNotContain(groups, g => g.Contains("Python"));
    }

    [Fact]
    public void Skills_joined_by_or_or_a_slash_are_alternatives_and_skills_joined_by_and_are_not()
    {
        Assert.Equal([["Go", "Rust"]], Find("Experience with Go or Rust"));
        Assert.Equal([["Java", "Kotlin", "Scala"]], Find("Java, Kotlin, or Scala in production"));
        Assert.Equal([["Jenkins", "GitHub Actions"]], Find("Pipelines in Jenkins/GitHub Actions"));
        Assert.Empty(Find("Proficiency with Docker and Kubernetes"));
        Assert.Empty(Find("Python, PostgreSQL and Redis"));
        Assert.Empty(Find("Python experience; Kafka or a similar tool is a plus"));
    }

    [Fact]
    public void A_candidate_with_one_of_the_alternatives_meets_the_requirement_and_reads_so()
    {
        var lines = new[] { "Python with Django, FastAPI, or Flask", "Message queues (RabbitMQ, Kafka, or SQS)" };
        var job = new JobRequirements
        {
            RequiredSkills = ["Python", "Django", "FastAPI", "Flask", "Message queues", "RabbitMQ", "Kafka", "SQS"],
            Alternatives = SkillAlternatives.Find(lines, TaxonomySkillVocabulary.Default),
        };
        var profile = new ResumeProfile { Skills = [new SkillEntry("Python", 1, 6), new SkillEntry("Django", 1, 5), new SkillEntry("Kafka", 1, 3)] };

        var fit = new FitScorer().Score(profile, job);

        Assert.Equal("3 of 3 required skills", fit.Reasons[0]);
        Assert.Equal(100, fit.Score);
        Assert.Contains("Kafka 3 yrs", fit.Reasons);

        var without = new FitScorer().Score(new ResumeProfile { Skills = [new SkillEntry("Python", 1, 6)] }, job);
        Assert.Equal("1 of 3 required skills — missing Django/FastAPI/Flask, Message queues/RabbitMQ/Kafka/SQS", without.Reasons[0]);
    }

    [Fact]
    public void A_read_posting_carries_its_alternatives_to_the_scorer()
    {
        var read = PostingReader.Read("""
            Backend Engineer

            Requirements
            - 3+ years of Python with Django or Flask
            - Relational databases (PostgreSQL, MySQL)
            """);

        var job = JobRequirements.FromPosting(read.Posting);

        Assert.Contains(job.Alternatives, g => g.SequenceEqual(["Django", "Flask"]));
        Assert.Contains(job.Alternatives, g => g.Contains("PostgreSQL") && g.Contains("MySQL"));
    }
}
