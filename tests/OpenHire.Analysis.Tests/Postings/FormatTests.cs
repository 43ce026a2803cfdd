using OpenHire.Analysis.Postings;
using Xunit;

namespace OpenHire.Analysis.Tests.Postings;

public sealed class FormatTests
{
    private const string Html = """
        <!DOCTYPE html>
        <html><head><title>Jobs</title><style>li { color: red }</style><script>document.write("Kubernetes")</script></head>
        <body>
          <h1>Site Reliability Engineer</h1>
          <p><strong>Location:</strong> Denver, CO (Remote friendly)</p>
          <h2>What you'll do</h2>
          <ul><li>Run our <b>Terraform</b> modules</li><li>Own incident response
            <ul><li>Write postmortems</li></ul></li></ul>
          <p><strong>Requirements</strong></p>
          <ul><li>3+ years of experience with Linux and Terraform</li><li>Go or Python</li></ul>
          <p><strong>Nice to have</strong></p>
          <ul><li>Experience with Kafka</li></ul>
          <noscript>Enable JavaScript</noscript>
        </body></html>
        """;

    private const string Markdown = """
        ---
        title: Product Designer
        company: Acme Health
        location: Toronto, ON
        type: Full Time
        ---

        # Product Designer

        **Responsibilities**

        * Design flows and wireframes for our mobile app
        * Run usability testing with clinicians

        ## Requirements

        - 4+ years of product design experience
        - Expert in Figma
        - Bachelor's degree in design or equivalent experience

        ## Benefits

        - Health and dental
        - Remote-friendly office
        """;

    [Fact]
    public void Detects_each_format()
    {
        Assert.Equal(PostingFormat.Html, PostingReader.DetectFormat(Html));
        Assert.Equal(PostingFormat.Markdown, PostingReader.DetectFormat(Markdown));
        Assert.Equal(PostingFormat.PlainText, PostingReader.DetectFormat("Driver\n\nRequirements:\n• CDL"));
    }

    [Fact]
    public void Reads_html_without_running_or_keeping_scripts_and_styles()
    {
        var result = PostingReader.Read(Html);
        Assert.DoesNotContain("document.write", result.Text);
        Assert.DoesNotContain("color: red", result.Text);
        Assert.DoesNotContain("Enable JavaScript", result.Text);
        var posting = result.Posting;
        Assert.Equal("Site Reliability Engineer", posting.Title?.Value);
        Assert.Equal(new PostingLocation("Denver", "CO", "US"), Assert.Single(posting.Locations).Value);
        Assert.Equal(3, posting.ResponsibilitiesCount);
        Assert.Equal(3, posting.MinYearsExperience?.Value);
        Assert.Equal(["Linux", "Terraform", "Go", "Python"], posting.RequiredSkills.Select(skill => skill.Value.Name));
        Assert.Equal(["Kafka"], posting.PreferredSkills.Select(skill => skill.Value.Name));
    }

    [Fact]
    public void Reads_markdown_with_front_matter()
    {
        var result = PostingReader.Read(Markdown);
        var posting = result.Posting;
        Assert.Equal(PostingFormat.Markdown, result.Format);
        Assert.Equal("Product Designer", posting.Title?.Value);
        Assert.Equal("Acme Health", posting.Company?.Value);
        Assert.Equal("Acme Health", result.Text.Substring(posting.Company!.Start, posting.Company.Length));
        Assert.Equal(new PostingLocation("Toronto", "ON", "CA"), Assert.Single(posting.Locations).Value);
        Assert.Equal(EmploymentType.FullTime, posting.EmploymentType?.Value);
        Assert.Equal(2, posting.ResponsibilitiesCount);
        Assert.Equal(2, posting.BenefitsCount);
        Assert.Equal(4, posting.MinYearsExperience?.Value);
        Assert.Equal(new EducationRequirement(EducationLevel.Bachelor, true), posting.Education?.Value);
        Assert.Equal(["Product design", "Figma"], posting.RequiredSkills.Select(skill => skill.Value.Name));
    }

    [Fact]
    public void Counts_unbulleted_lines_of_a_plain_text_list()
    {
        const string text = "Field Organizer\n\nWHAT YOU'LL ACHIEVE:\n\nRegister voters on campus\nRecruit volunteers\nPlan events\n\nABOUT YOU:\n\nPrevious electoral organizing experience is a plus\n";
        var posting = PostingReader.Read(text).Posting;
        Assert.Equal(3, posting.ResponsibilitiesCount);
        Assert.Equal(["Electoral organizing"], posting.PreferredSkills.Select(skill => skill.Value.Name));
        Assert.Empty(posting.RequiredSkills);
    }
}
