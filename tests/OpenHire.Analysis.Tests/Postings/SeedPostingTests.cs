using OpenHire.Analysis.Postings;
using OpenHire.Analysis.Skills;
using Xunit;

namespace OpenHire.Analysis.Tests.Postings;

/// <summary>The posting the project was born from reads with every field right.</summary>
public sealed class SeedPostingTests
{
    private static readonly PostingReadResult Result = PostingReader.Read(SeedPosting.Read("senior-backend-engineer.txt"));

    private static Posting Posting => Result.Posting;

    [Fact]
    public void Reads_as_plain_text() => Assert.Equal((PostingReadStatus.Read, PostingFormat.PlainText), (Result.Status, Result.Format));

    [Fact]
    public void Reads_the_title_from_the_opening_sentence()
    {
        Assert.Equal("Senior Backend Engineer", Posting.Title?.Value);
        Assert.Equal("Senior Backend Engineer", Result.Text.Substring(Posting.Title!.Start, Posting.Title.Length));
    }

    [Fact]
    public void Names_no_company_because_the_text_names_none() => Assert.Null(Posting.Company);

    [Fact]
    public void Reads_the_location_and_hybrid_days()
    {
        var location = Assert.Single(Posting.Locations);
        Assert.Equal(new PostingLocation("San Francisco", "CA", "US"), location.Value);
        Assert.Equal(WorkplaceType.Hybrid, Posting.WorkplaceType?.Value);
        Assert.Equal(3, Posting.InOfficeDaysPerWeek?.Value);
    }

    [Fact]
    public void Reads_employment_type_and_salary()
    {
        Assert.Equal(EmploymentType.FullTime, Posting.EmploymentType?.Value);
        Assert.Equal(new SalaryRange(150_000m, 220_000m, "USD", SalaryPeriod.Year, "DOE"), Posting.Salary?.Value);
        Assert.Equal("$150,000 - $220,000", Result.Text.Substring(Posting.Salary!.Start, Posting.Salary.Length).Trim());
    }

    [Fact]
    public void Reads_experience_and_education()
    {
        Assert.Equal(5, Posting.MinYearsExperience?.Value);
        Assert.Equal(new EducationRequirement(EducationLevel.Bachelor, OrEquivalentExperience: true), Posting.Education?.Value);
    }

    [Fact]
    public void Reads_required_skills_in_order_of_mention() =>
        Assert.Equal(
            [
                "Software engineering", "Python", "Django", "FastAPI", "Flask", "Relational databases", "PostgreSQL", "MySQL", "REST APIs",
                "Microservices", "Docker", "Container orchestration", "AWS", "EC2", "S3", "RDS", "AWS Lambda", "Message queues", "RabbitMQ",
                "Kafka", "SQS", "System design", "Distributed systems",
            ],
            Posting.RequiredSkills.Select(skill => skill.Value.Name));

    [Fact]
    public void Reads_preferred_skills_without_repeating_required_ones() =>
        Assert.Equal(
            [
                "Kubernetes", "Redis", "Caching", "CI/CD", "Jenkins", "GitHub Actions", "Monitoring", "Prometheus", "Grafana", "Datadog",
                "GraphQL", "API design", "asyncio", "Fintech", "Scalability",
            ],
            Posting.PreferredSkills.Select(skill => skill.Value.Name));

    [Fact]
    public void Counts_responsibilities_and_benefits()
    {
        Assert.Equal(9, Posting.ResponsibilitiesCount);
        Assert.Equal(7, Posting.BenefitsCount);
    }

    [Fact]
    public void Groups_the_tech_stack_under_the_posting_own_labels()
    {
        var stack = Posting.TechStack.ToDictionary(group => group.Category, group => group.Skills.Select(skill => skill.Name).ToList());
        Assert.Equal(["Backend", "Databases", "Infrastructure", "Message Queues", "Monitoring", "CI/CD"], stack.Keys);
        Assert.Equal(["PostgreSQL", "Redis", "DynamoDB"], stack["Databases"]);
        Assert.Equal(["GitHub Actions", "Argo CD"], stack["CI/CD"]);
    }

    [Fact]
    public void Finds_every_section_the_careers_page_shows()
    {
        var kinds = Posting.Sections.Select(section => section.Kind).ToHashSet();
        SectionKind[] expected =
        [
            SectionKind.Summary, SectionKind.Required, SectionKind.Preferred, SectionKind.Responsibilities, SectionKind.Benefits,
            SectionKind.TechStack, SectionKind.Culture, SectionKind.EqualOpportunity, SectionKind.HowToApply,
        ];
        Assert.All(expected, kind => Assert.Contains(kind, kinds));
        Assert.Contains(Posting.Sections, section => section.Kind == SectionKind.Summary && section.Heading == "About the Role");
    }

    [Fact]
    public void Every_span_points_at_its_value()
    {
        foreach (var item in Posting.Sections.SelectMany(section => section.Items))
        {
            Assert.Equal(item.Value, Result.Text.Substring(item.Start, item.Length));
        }

        foreach (var skill in Posting.RequiredSkills.Concat(Posting.PreferredSkills))
        {
            var mention = Result.Text.Substring(skill.Start, skill.Length);
            Assert.True(SkillTaxonomy.Default.TryGet(mention, out var named), mention);
            Assert.Same(skill.Value, named);
        }
    }
}
