using CsCheck;
using OpenHire.Analysis.Ranking;
using OpenHire.Analysis.Resumes;
using OpenHire.Analysis.Resumes.JsonResume;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

/// <summary>Arbitrary and resume-like text must parse into a sane profile, and that profile must export and score.</summary>
public sealed class ParserFuzzTests
{
    private static readonly ResumeParserOptions Options = new() { AsOf = new DateOnly(2025, 6, 1) };

    private static readonly string[] Fragments =
    [
        "EXPERIENCE", "Education", "Skills", "SUMMARY", "Languages", "Certifications", "Jane Roe", "(555) 123-4567",
        "jane@example.org", "Senior Engineer", "Acme Corp", "Austin, TX", "Jan 2020 - Present", "2015 – 2019",
        "06/2017 to 12/2019", "Bachelor of Science in Physics", "University of Somewhere", "• Built things in Python",
        "- Led a team", "Python, Java, SQL", "English (native)", "|", ",", "—", "2021", "Present", "", "   ",
        "Kubernetes Kubernetes Kubernetes", "http://example.org/x", "Spring 2014", "MA", "Inc.", "Ltd.",
    ];

    private static readonly Gen<string> ResumeLike =
        Gen.OneOf<string>(Fragments).Array[0, 6].Select(parts => string.Join(' ', parts)).Array[0, 40].Select(lines => string.Join('\n', lines));

    private static void AssertSane(string text)
    {
        var profile = ResumeParser.Parse(text, options: Options);
        Assert.True(profile.TotalYearsOfExperience >= 0);
        Assert.All(profile.Skills, s => Assert.InRange(s.Mentions, 1, 10));
        Assert.All(profile.Skills, s => Assert.InRange(s.Years, 0, profile.TotalYearsOfExperience));
        Assert.All(profile.Work, w => Assert.True(w.Company is not null || w.Title is not null));
        var roundTripped = JsonResumeConverter.FromJson(JsonResumeConverter.ToJson(profile), Options);
        Assert.Equal(profile.Work.Count, roundTripped.Work.Count);
        var score = new FitScorer().Score(profile, new JobRequirements { RequiredSkills = ["Python", "Kubernetes"], MinYearsExperience = 3 });
        Assert.InRange(score.Score, 0, 100);
    }

    [Fact]
    public void Arbitrary_text() =>
        Gen.Char.Array[0, 1500].Select(chars => new string(chars)).Sample(AssertSane, iter: 200);

    [Fact]
    public void Resume_like_text() => ResumeLike.Sample(AssertSane, iter: 300);
}
