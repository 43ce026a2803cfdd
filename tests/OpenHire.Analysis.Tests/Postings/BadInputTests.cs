using System.Diagnostics;
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
    public void Refuses_ten_megabytes_of_text_quickly()
    {
        var text = new string('a', 10 * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        var result = PostingReader.Read(text);
        Assert.Equal(PostingReadStatus.TooLong, result.Status);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Reads_the_longest_accepted_text_in_bounded_time()
    {
        var posting = SeedPosting.Read("senior-backend-engineer.txt");
        var text = new StringBuilder();
        while (text.Length + posting.Length < PostingReader.MaxLength)
        {
            text.Append(posting).Append('\n');
        }

        PostingReader.Read(posting);
        var watch = Stopwatch.StartNew();
        var result = PostingReader.Read(text.ToString());
        Assert.Equal(PostingReadStatus.Read, result.Status);
        // Release builds take under a second per megabyte (docs/benchmarks.md). This bound only catches work that
        // grows with the square of the length, which would take minutes, on a busy machine in a Debug build.
        Assert.True(watch.ElapsedMilliseconds < 15_000, $"took {watch.ElapsedMilliseconds} ms");
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
    public void Survives_markup_soup()
    {
        var soup = string.Concat(Enumerable.Repeat("<div><p><b>Requirements:<ul><li>**Python** <<>> &amp;&lt; </i></div>\n", 200));
        var result = PostingReader.Read(soup);
        Assert.Equal(PostingReadStatus.Read, result.Status);
        Assert.Contains(result.Posting.RequiredSkills, skill => skill.Value.Name == "Python");
    }
}
