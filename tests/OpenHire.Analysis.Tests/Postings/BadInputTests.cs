using System.Text;
using OpenHire.Analysis.Postings;
using Xunit;

namespace OpenHire.Analysis.Tests.Postings;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Reports_empty_text(string text)
    {
        var result = PostingReader.Read(text);
        Assert.Equal(PostingReadStatus.Empty, result.Status);
        Assert.Null(result.Posting.Title);
        Assert.NotEmpty(result.Warnings);
    }

    [Fact]
    public void Reports_binary_data()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var text = Encoding.Latin1.GetString(bytes);
        Assert.Equal(PostingReadStatus.NotText, PostingReader.Read(text).Status);
    }

    [Fact]
    public void Refuses_ten_megabytes_of_text()
    {
        var result = PostingReader.Read(new string('a', 10 * 1024 * 1024));
        Assert.Equal(PostingReadStatus.TooLong, result.Status);
    }

    [Fact]
    public void Reads_the_longest_accepted_text()
    {
        var posting = SeedPosting.Read("senior-backend-engineer.txt");
        var text = new StringBuilder();
        while (text.Length + posting.Length < PostingReader.MaxLength)
        {
            text.Append(posting).Append('\n');
        }

        // Time per megabyte is measured by the benchmark (docs/benchmarks.md); here, that the longest input reads.
        var result = PostingReader.Read(text.ToString());
        Assert.Equal(PostingReadStatus.Read, result.Status);
    }

    [Fact]
    public void Drops_scripts_styles_and_event_handlers_from_html()
    {
        const string html = "<html><body><script>alert('x')</script><style>p{}</style><p onclick=\"steal()\">Nurse</p><iframe src=\"https://example.com\"></iframe><p>Requirements:</p><ul><li>RN license</li></ul></body></html>";
        var result = PostingReader.Read(html);
        Assert.Equal(PostingReadStatus.Read, result.Status);
        Assert.DoesNotContain("alert", result.Text);
        Assert.DoesNotContain("steal", result.Text);
        Assert.Equal(["Registered nurse license"], result.Posting.RequiredSkills.Select(skill => skill.Value.Name));
    }

    [Fact]
    public void Gives_low_confidence_for_a_posting_in_another_language()
    {
        const string german = """
            Wir suchen eine erfahrene Pflegekraft für unser Team in Berlin. Sie betreuen Patientinnen und Patienten auf der Station,
            dokumentieren die Pflege und arbeiten eng mit den Ärztinnen und Ärzten zusammen. Wir bieten eine unbefristete Stelle,
            flexible Arbeitszeiten, betriebliche Altersvorsorge und regelmäßige Fortbildungen. Voraussetzung ist eine abgeschlossene
            Ausbildung in der Pflege sowie Freude an der Arbeit mit Menschen. Bewerbungen bitte per E-Mail an unser Personalbüro.
            """;
        var english = PostingReader.Read(SeedPosting.Read("senior-backend-engineer.txt"));
        var result = PostingReader.Read(german);
        Assert.Equal(PostingReadStatus.Read, result.Status);
        Assert.NotEmpty(result.Warnings);
        Assert.True(result.Confidence < 0.3, $"confidence {result.Confidence}");
        Assert.True(english.Confidence > 0.6, $"confidence {english.Confidence}");
    }

    [Fact]
    public void Survives_deeply_nested_html()
    {
        var html = string.Concat(Enumerable.Repeat("<div><ul><li>", 30_000)) + "Python" + string.Concat(Enumerable.Repeat("</li></ul></div>", 30_000));
        var result = PostingReader.Read(html);
        Assert.Equal(PostingReadStatus.Read, result.Status);
        Assert.Contains("Python", result.Text);
    }

    [Fact]
    public void Survives_deeply_nested_markdown()
    {
        var markdown = "# Engineer\n\n" + new string('>', 20_000) + " Python\n\n" + string.Concat(Enumerable.Range(0, 600).Select(depth => new string(' ', depth * 2) + "- item\n"));
        var result = PostingReader.Read(markdown, PostingFormat.Markdown);
        Assert.Equal(PostingReadStatus.Read, result.Status);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData(" ")]
    [InlineData("- ")]
    public void Reads_long_runs_of_blank_text(string filler)
    {
        var text = "Engineer\n" + string.Concat(Enumerable.Repeat(filler, 900_000 / filler.Length)) + "\nRemote contract role";
        Assert.Equal(PostingReadStatus.Read, PostingReader.Read(text).Status);
    }

    [Fact]
    public void Survives_markup_soup()
    {
        var soup = string.Concat(Enumerable.Repeat("<div><p><b>Requirements:<ul><li>**Python** <<>> &amp;&lt; </i></div>\n", 200));
        var result = PostingReader.Read(soup);
        Assert.Equal(PostingReadStatus.Read, result.Status);
        Assert.Contains(result.Posting.RequiredSkills, skill => skill.Value.Name == "Python");
    }
}
