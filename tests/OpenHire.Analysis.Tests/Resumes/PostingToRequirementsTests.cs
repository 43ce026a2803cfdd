using OpenHire.Analysis.Postings;
using OpenHire.Analysis.Ranking;
using OpenHire.Analysis.Resumes;
using OpenHire.Analysis.Resumes.Profile;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

public sealed class PostingToRequirementsTests
{
    private const string Posting = """
        Senior Backend Engineer
        Acme Analytics
        Austin, TX (Hybrid, 3 days in office)

        Requirements
        - 5+ years of backend development experience
        - Strong Python and PostgreSQL skills
        - Experience with Kubernetes
        - Bachelor's degree in Computer Science or equivalent experience

        Nice to have
        - Kafka
        - Terraform
        """;

    [Fact]
    public void Turns_a_read_posting_into_requirements_the_scorer_uses()
    {
        var read = PostingReader.Read(Posting);
        var job = JobRequirements.FromPosting(read.Posting);

        Assert.Contains("Python", job.RequiredSkills);
        Assert.Contains("Kafka", job.PreferredSkills);
        Assert.Equal(5, job.MinYearsExperience);
        Assert.Equal(DegreeLevel.Bachelor, job.MinEducation);
        Assert.True(job.EducationOrEquivalentExperience);

        var profile = ResumeParser.Parse(SampleResumes.Classic, options: new ResumeParserOptions { AsOf = new DateOnly(2025, 6, 1) });
        var result = new FitScorer().Score(profile, job);
        Assert.InRange(result.Score, 50, 100);
        Assert.Matches($@"^\d of {job.RequiredSkills.Count} required skills", result.Reasons[0]);
    }

    [Fact]
    public void Ranks_with_the_skills_of_a_read_posting()
    {
        var query = RankingQuery.FromPosting(PostingReader.Read(Posting));
        Assert.Contains("PostgreSQL", query.RequiredSkills);
        var ranked = new ResumeRanker(["Registered nurse, ICU", SampleResumes.Classic]).Rank(query, 1);
        Assert.Equal(1, Assert.Single(ranked).Index);
    }
}
