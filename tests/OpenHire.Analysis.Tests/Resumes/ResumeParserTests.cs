using OpenHire.Analysis.Resumes;
using OpenHire.Analysis.Resumes.Profile;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

public sealed class ResumeParserTests
{
    private static readonly ResumeParserOptions Options = new() { AsOf = new DateOnly(2025, 6, 1) };

    private static ResumeProfile Parse(string text) => ResumeParser.Parse(text, options: Options);

    [Fact]
    public void Reads_contact_details_from_the_header()
    {
        var profile = Parse(SampleResumes.Classic);
        Assert.Equal("Maria Gonzalez", profile.Name);
        Assert.Equal("maria.gonzalez@example.com", profile.Email);
        Assert.Equal(new PhoneNumberValue("(217) 555-0143", "+12175550143"), profile.Phone);
        Assert.Equal("Springfield, IL", profile.Location);
        Assert.Equal(["https://linkedin.com/in/mariagonzalez", "https://github.com/mgonzalez"], profile.Links);
    }

    [Fact]
    public void Reads_work_history_with_title_above_company()
    {
        var work = Parse(SampleResumes.Classic).Work;
        Assert.Equal(2, work.Count);
        Assert.Equal(new WorkEntry("Northwind Traders", "Senior Backend Engineer", new PartialDate(2020, 3), null, true), work[0] with { Description = "" });
        Assert.Equal(new WorkEntry("Contoso Ltd.", "Software Engineer", new PartialDate(2016, 6), new PartialDate(2020, 2), false), work[1] with { Description = "" });
    }

    [Fact]
    public void Reads_education_with_degree_field_and_graduation()
    {
        var school = Assert.Single(Parse(SampleResumes.Classic).Education);
        Assert.Equal("University of Illinois", school.Institution);
        Assert.Equal("Bachelor of Science", school.Degree);
        Assert.Equal("Computer Science", school.Field);
        Assert.Equal(new PartialDate(2016, 5), school.End);
        Assert.Equal(DegreeLevel.Bachelor, school.Level);
    }

    [Fact]
    public void Derives_years_per_skill_and_in_total()
    {
        var profile = Parse(SampleResumes.Classic);
        // Jun 2016 - Feb 2020 (45 months) and Mar 2020 - May 2025 (63 months).
        Assert.Equal(9.0, profile.TotalYearsOfExperience);
        var skills = profile.Skills.ToDictionary(s => s.Name, s => s.Years);
        Assert.Equal(5.3, skills["Python"]);
        Assert.Equal(3.8, skills["Java"]);
        Assert.Equal(0, skills["Terraform"]);
    }

    [Fact]
    public void Reads_skills_languages_and_certifications()
    {
        var profile = Parse(SampleResumes.Classic);
        var names = profile.Skills.Select(s => s.Name).ToList();
        string[] expected = ["Python", "Java", "SQL", "Docker", "Kubernetes", "Git", "Terraform", "PostgreSQL", "Kafka", "MySQL"];
        Assert.Empty(expected.Except(names));
        Assert.Equal(["English", "Spanish"], profile.Languages);
        Assert.Equal(["AWS Certified Solutions Architect – Associate"], profile.Certifications);
    }

    [Fact]
    public void Reads_dates_first_lines_with_title_company_and_location()
    {
        var profile = Parse(SampleResumes.DatesFirst);
        Assert.Equal("Ken Adams", profile.Name);
        Assert.Equal("Berlin, Germany", profile.Location);
        Assert.Equal("+49301234567", profile.Phone?.E164);
        Assert.Equal(
            [("Fabrikam GmbH", "Data Engineer", "2019", "present"), ("Tailspin Toys", "Data Analyst", "2015", "2019")],
            profile.Work.Select(w => (w.Company, w.Title, w.Start.ToString(), w.IsCurrent ? "present" : w.End.ToString())).ToList());
        var school = Assert.Single(profile.Education);
        Assert.Equal(("Humboldt University", "Master of Science", "Statistics"), (school.Institution, school.Degree, school.Field));
    }

    [Fact]
    public void Reads_company_lines_followed_by_title_and_dates()
    {
        var profile = Parse(SampleResumes.CompanyThenTitle);
        Assert.Equal("Priya Raman", profile.Name);
        Assert.Equal("+919876543210", profile.Phone?.E164);
        Assert.Equal("Pune, India", profile.Location);
        Assert.Equal(
            [("Globex Corporation", "QA Automation Engineer"), ("Initech", "Test Engineer")],
            profile.Work.Select(w => (w.Company, w.Title)).ToList());
        var school = Assert.Single(profile.Education);
        Assert.Equal(("Savitribai Phule Pune University", "B.E.", "Electronics"), (school.Institution, school.Degree, school.Field));
        Assert.Equal(new PartialDate(2018), school.End);
    }

    [Fact]
    public void Caps_and_flags_a_skill_repeated_hundreds_of_times()
    {
        var stuffed = SampleResumes.Classic + "\n" + string.Join(", ", Enumerable.Repeat("Rust", 500));
        var profile = Parse(stuffed);
        var rust = Assert.Single(profile.Skills, s => s.Name == "Rust");
        Assert.Equal(10, rust.Mentions);
        Assert.Contains(profile.Flags, f => f.Kind == ProfileFlagKind.KeywordStuffing && f.Message.Contains("Rust"));
    }

    [Theory]
    [InlineData("+1-555-123-4567", "+15551234567")]
    [InlineData("555.123.4567", "+15551234567")]
    [InlineData("(555)123-4567", "+15551234567")]
    [InlineData("+44 (0) 20 7946 0958", "+442079460958")]
    [InlineData("+91 98765 43210", "+919876543210")]
    [InlineData("(+33) 6 12 34 56 78", "+33612345678")]
    public void Reads_phone_numbers_as_written_and_in_e164(string written, string e164)
    {
        var phone = Parse($"Sam Lee\nsam@example.com | {written}\n").Phone;
        Assert.Equal(new PhoneNumberValue(written, e164), phone);
    }

    [Fact]
    public void Does_not_take_a_year_range_or_an_id_for_a_phone_number()
    {
        var profile = Parse("Sam Lee\nNPI: 1234567890 | sam@example.com\n\nEducation\nBA in History, Some College (2010 - 2014)\nExchange term 2012.2013");
        Assert.Null(profile.Phone);
    }

    [Fact]
    public void Keeps_skill_list_items_whole_after_qualifiers()
    {
        var profile = Parse("Sam Lee\n\nSkills\nAdvanced Interactive Graphics, Proficient in Mood Boarding\n");
        var names = profile.Skills.Select(s => s.Name).ToList();
        Assert.Contains("Interactive Graphics", names);
        Assert.Contains("Mood Boarding", names);
    }

    [Theory]
    [InlineData("María de la Cruz\nmaria@example.com", "María de la Cruz")]
    [InlineData("CURRICULUM VITAE\nLudwig van Beethoven\nComposer", "Ludwig van Beethoven")]
    [InlineData("JANE DOE | SOFTWARE ENGINEER\njane@example.com", "Jane Doe")]
    [InlineData("Senior Software Engineer\nJane Doe\njane@example.com", "Jane Doe")]
    public void Finds_the_name_among_the_first_lines(string text, string name) => Assert.Equal(name, Parse(text).Name);

    [Fact]
    public void Ignores_template_placeholders_for_location()
    {
        var profile = Parse("JOHN DOE\n123 Main Street, City, State ZIP | (555) 555-5555 | john@example.com\n");
        Assert.Null(profile.Location);
        Assert.Equal("John Doe", profile.Name);
    }

    [Fact]
    public void Parses_empty_and_odd_text_without_failing()
    {
        Assert.Null(Parse("").Name);
        Assert.Empty(Parse("\n\n\t \n").Work);
        Assert.NotNull(Parse(new string('•', 10_000)));
    }
}

public sealed class ResumeLayoutTests
{
    private static readonly ResumeParserOptions Options = new() { AsOf = new DateOnly(2025, 6, 1) };

    private static List<(string?, string?, string?, string?)> Work(string text) =>
        ResumeParser.Parse(text, options: Options).Work
            .Select(w => (w.Company, w.Title, w.Start?.ToString(), w.IsCurrent ? "present" : w.End?.ToString())).ToList();

    private static List<(string?, string?, string?)> Education(string text) =>
        ResumeParser.Parse(text, options: Options).Education.Select(e => (e.Institution, e.Degree, e.Field)).ToList();

    [Fact]
    public void Reads_mixed_entry_styles()
    {
        Assert.Equal(
            [("Initrode Inc.", "Lead Data Scientist", "2021-03", "present"), ("Globex", "Data Scientist", "2017-08", "2021-02"), ("MIT Media Lab", "Research Assistant", "2015-09", "2017-06")],
            Work(SampleResumes.MixedStyles));
        Assert.Equal(
            [("Massachusetts Institute of Technology", "Ph.D.", "Statistics"), ("University of California, San Diego", "B.S.", "Mathematics")],
            Education(SampleResumes.MixedStyles));
        Assert.Equal("Jane A. Smith-Jones", ResumeParser.Parse(SampleResumes.MixedStyles, options: Options).Name);
    }

    [Fact]
    public void Reads_markdown_headings()
    {
        var markdown = OpenHire.Analysis.Resumes.Extraction.ResumeTextExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(SampleResumes.MarkdownHeadings), "cv.md");
        var profile = ResumeParser.Parse(markdown, Options);
        Assert.Equal(
            [("Siemens AG", "Software Engineer"), ("BMW Group", "Working Student")],
            profile.Work.Select(w => (w.Company, w.Title)).ToList());
        Assert.Equal(("Technical University of Munich", "M.Sc.", "Informatics"), (profile.Education[0].Institution, profile.Education[0].Degree, profile.Education[0].Field));
        Assert.Equal(["https://www.linkedin.com/in/tombecker"], profile.Links);
    }

    [Fact]
    public void Reads_right_aligned_dates_and_certificate_issuers()
    {
        var profile = ResumeParser.Parse(SampleResumes.WideGaps, options: Options);
        Assert.Equal("Anna Kowalska", profile.Name);
        Assert.Equal(
            [("Asseco Poland S.A.", "Project Manager", "2018", "present"), ("Comarch", "Junior Project Coordinator", "2015", "2018")],
            Work(SampleResumes.WideGaps));
        Assert.Equal(["PMP", "PRINCE2 Foundation"], profile.Certifications);
        Assert.Equal(["Polish", "English", "German"], profile.Languages);
    }
}

public sealed class SidebarPdfTests
{
    [Fact]
    public void Reads_a_sidebar_resume_with_right_aligned_dates()
    {
        List<(double, double, string)> lines = [(40, 800, "Lucas Martin")];
        string[] sidebar = ["CONTACT", "lucas.martin@example.fr", "+33 6 12 34 56 78", "Lyon, France", "", "SKILLS", "Figma", "Sketch", "Prototyping"];
        string[] main = ["EXPERIENCE", "Senior Product Designer", "Doctolib, Paris", "Designed booking flows for patients.", "Led usability testing.", "", "UX Designer", "Ubisoft, Montpellier", "Game menus and store screens.", "", "EDUCATION", "Master in Interaction Design", "Strate School of Design, Sevres"];
        lines.AddRange(sidebar.Select((text, i) => (40.0, 740.0 - 14 * i, text)).Where(l => l.Item3.Length > 0));
        lines.AddRange(main.Select((text, i) => (220.0, 740.0 - 14 * i, text)).Where(l => l.Item3.Length > 0));
        lines.Add((480, 740 - 14 * 1, "2020 - Present"));
        lines.Add((480, 740 - 14 * 6, "2016 - 2020"));
        lines.Add((480, 740 - 14 * 11, "2016"));

        var extraction = OpenHire.Analysis.Resumes.Extraction.ResumeTextExtractor.Extract(TestDocuments.Pdf(lines), "sidebar.pdf");
        var profile = ResumeParser.Parse(extraction, new ResumeParserOptions { AsOf = new DateOnly(2025, 6, 1) });

        Assert.Contains("Senior Product Designer | 2020 - Present", extraction.Text);
        Assert.Equal("Lucas Martin", profile.Name);
        Assert.Equal("Lyon, France", profile.Location);
        Assert.Equal(
            [("Doctolib", "Senior Product Designer", true), ("Ubisoft", "UX Designer", false)],
            profile.Work.Select(w => (w.Company, w.Title, w.IsCurrent)).ToList());
        var school = Assert.Single(profile.Education);
        Assert.Equal(("Strate School of Design", "Master", "Interaction Design"), (school.Institution, school.Degree, school.Field));
        Assert.Contains(profile.Skills, s => s.Name == "Figma");
    }
}
