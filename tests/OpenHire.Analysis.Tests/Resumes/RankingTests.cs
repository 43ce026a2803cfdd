using OpenHire.Analysis.Ranking;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

public sealed class RankingTests
{
    private static readonly string[] Resumes =
    [
        "Payroll, recruitment and onboarding for 300 staff. HR policies, employee relations, HRIS.",
        "Python developer: Django, Flask, REST APIs, PostgreSQL, Celery, Docker.",
        "Mechanical design engineer: SolidWorks, AutoCAD, finite element analysis, HVAC.",
        "Data scientist: Python, pandas, scikit-learn, machine learning, statistics, SQL.",
        "Backend engineer with Postgres, Django REST framework and Python 3.",
    ];

    [Fact]
    public void Ranks_resumes_that_share_the_postings_skills_first()
    {
        var ranker = new ResumeRanker(Resumes);
        var ranked = ranker.Rank(RankingQuery.FromText("Python Django developer. Requirements: Python, Django, PostgreSQL, REST APIs."), 2);
        Assert.Equal([1, 4], ranked.Select(r => r.Index).Order());
    }

    [Fact]
    public void Matches_skills_across_spellings()
    {
        // "Postgres" in resume 4 meets "PostgreSQL" in the query through the taxonomy.
        var ranker = new ResumeRanker(Resumes);
        var ranked = ranker.Rank(new RankingQuery("We need a database engineer", ["PostgreSQL"], []), 5);
        Assert.True(ranked.Single(r => r.Index == 4).Score > ranked.Single(r => r.Index == 2).Score);
    }

    [Fact]
    public void Returns_every_resume_once_best_first()
    {
        var ranked = new ResumeRanker(Resumes).Rank(RankingQuery.FromText("HR manager: recruitment, payroll, onboarding"), 10);
        Assert.Equal(Resumes.Length, ranked.Count);
        Assert.Equal(0, ranked[0].Index);
        Assert.Equal(ranked.OrderByDescending(r => r.Score).Select(r => r.Score), ranked.Select(r => r.Score));
        Assert.Equal(Resumes.Length, ranked.Select(r => r.Index).Distinct().Count());
    }

    [Theory]
    [InlineData("NaÃ¯ve Bayes", "Naïve Bayes")]
    [InlineData("itâ€™s done", "it’s done")]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("Ã©tÃ© and â‚¬", "été and €")]
    public void Repairs_utf8_read_as_windows_1252(string garbled, string expected) =>
        Assert.Equal(expected, MojibakeRepair.Repair(garbled));
}
