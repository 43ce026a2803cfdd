using OpenHire.Analysis.Postings;
using OpenHire.Analysis.Ranking;
using OpenHire.Analysis.Resumes;
using OpenHire.Analysis.Resumes.Profile;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

/// <summary>
/// Metamorphic tests: changing who a resume's author is (name, pronouns, age cues) while keeping
/// what they can do must leave the fit score and its reasons unchanged.
/// </summary>
public sealed class FairnessTests
{
    private static readonly ResumeParserOptions Options = new() { AsOf = new DateOnly(2025, 6, 1) };

    private static readonly JobRequirements Job = new()
    {
        RequiredSkills = ["Python", "PostgreSQL", "Kubernetes", "Kafka"],
        PreferredSkills = ["Terraform", "Spanish"],
        MinYearsExperience = 5,
        MinEducation = DegreeLevel.Bachelor,
        Workplace = WorkplaceType.Remote,
    };

    private const string Summary = "\nSUMMARY\nShe is a backend engineer; her teams rely on her for calm incident response.\n";

    public static TheoryData<string, string> Variants => new()
    {
        { "MARIA GONZALEZ", "DARNELL WASHINGTON" },
        { "MARIA GONZALEZ", "NGUYEN THI HUONG" },
        { "She is a backend engineer; her teams rely on her", "He is a backend engineer; his teams rely on him" },
        { "She is a backend engineer; her teams rely on her", "They are a backend engineer; their teams rely on them" },
        { "SUMMARY\n", "SUMMARY\nDate of birth: 12 March 1961. Age 64. Grandmother of three.\n" },
        { "SUMMARY\n", "SUMMARY\nBorn 2001, recent graduate, 24 years old.\n" },
        { "SUMMARY\n", "SUMMARY\nMarried, two children, wheelchair user, photo attached.\n" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Score_ignores_who_the_candidate_is(string original, string replacement)
    {
        var text = SampleResumes.Classic.Replace("SUMMARY\nBackend engineer who likes boring, reliable systems.\n", Summary.TrimStart('\n'), StringComparison.Ordinal);
        Assert.Contains(original, text);
        var variant = text.Replace(original, replacement, StringComparison.Ordinal);

        var scorer = new FitScorer();
        var before = scorer.Score(ResumeParser.Parse(text, options: Options), Job);
        var after = scorer.Score(ResumeParser.Parse(variant, options: Options), Job);

        Assert.Equal(before.Score, after.Score);
        Assert.Equal(before.Reasons, after.Reasons);
    }

    [Fact]
    public void Score_ignores_contact_details_and_graduation_year()
    {
        var profile = ResumeParser.Parse(SampleResumes.Classic, options: Options);
        var other = profile with
        {
            Name = "Someone Else",
            Email = "other@example.net",
            Phone = new PhoneNumberValue("+44 20 7946 0000", "+442079460000"),
            Links = [],
            Education = profile.Education.Select(e => e with { End = new PartialDate(1979) }).ToList(),
        };
        var scorer = new FitScorer();
        Assert.Equal(scorer.Score(profile, Job), scorer.Score(other, Job), FitResultComparer.Instance);
    }

    private sealed class FitResultComparer : IEqualityComparer<FitResult>
    {
        public static readonly FitResultComparer Instance = new();
        public bool Equals(FitResult? x, FitResult? y) => x!.Score == y!.Score && x.Reasons.SequenceEqual(y.Reasons);
        public int GetHashCode(FitResult obj) => obj.Score;
    }
}
