using OpenHire.Analysis.Fairness;
using OpenHire.Analysis.Resumes;
using Xunit;

namespace OpenHire.Analysis.Tests.Fairness;

public sealed class IdentityRedactorTests
{
    [Fact]
    public void Hides_contact_details_links_names_and_gendered_words_but_keeps_dates_and_work()
    {
        const string text = "Ada Lovelace, ada@example.com, +1 (415) 555-0100, linkedin.com/in/ada. She led her team at Initech 2015 - 2019; Mrs. Lovelace mentored women engineers.";

        var redacted = IdentityRedactor.RedactText(text, ["Ada Lovelace"]);

        Assert.Equal("[hidden] [hidden], [hidden], [hidden], [hidden] They led their team at Initech 2015 - 2019;  [hidden] mentored [hidden] engineers.", redacted);
    }

    [Fact]
    public void A_profile_loses_identity_and_graduation_years_but_keeps_skills_and_work()
    {
        var profile = ResumeParser.Parse("""
            Grace Hopper
            grace@example.com | (415) 555-0199 | San Francisco, CA
            github.com/grace

            EXPERIENCE
            Software Engineer, Globex | Jun 2014 - Dec 2017
            - Grace built Python services; she mentored interns.

            EDUCATION
            B.S. Computer Science, Stanford University, 2014

            SKILLS
            Python, PostgreSQL
            """);

        var blind = IdentityRedactor.RedactProfile(profile);

        Assert.Null(blind.Name);
        Assert.Null(blind.Email);
        Assert.Null(blind.Phone);
        Assert.Null(blind.Location);
        Assert.Empty(blind.Links);
        Assert.All(blind.Education, e => Assert.Null(e.End));
        Assert.Equal(profile.Skills, blind.Skills);
        Assert.Equal(profile.Work.Select(w => (w.Company, w.Title, w.Start, w.End)), blind.Work.Select(w => (w.Company, w.Title, w.Start, w.End)));
        Assert.DoesNotContain("Grace", blind.Work[0].Description);
        Assert.Contains("they mentored interns", blind.Work[0].Description);
    }
}
