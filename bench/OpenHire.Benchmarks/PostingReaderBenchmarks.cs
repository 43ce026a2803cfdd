using System.Text;
using BenchmarkDotNet.Attributes;
using OpenHire.Analysis.Postings;
using OpenHire.Analysis.Skills;

namespace OpenHire.Benchmarks;

/// <summary>
/// Posting reader goals: 2,000 postings a second on one core for a 3 KB posting (the seed), under 1 MB
/// allocated per parse, and the skill taxonomy loaded in under 200 ms. The minimum and median are shown beside the
/// mean: on a shared machine other work only ever adds time, so they are the steadier figures.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class PostingReaderBenchmarks
{
    private const string MarkdownPosting = """
        ---
        title: Product Designer
        company: Acme Health
        location: Toronto, ON
        type: Full Time
        ---

        # Product Designer

        Acme Health builds scheduling software for clinics. We are hiring a Product Designer to shape how
        thousands of nurses plan their week.

        **Responsibilities**

        * Design flows, wireframes and prototypes for our web and mobile apps
        * Run usability testing with clinicians and turn findings into improvements
        * Work with engineers on our design system in Figma and Storybook

        ## Requirements

        - 4+ years of product design experience, including mobile design
        - Expert in Figma; comfortable with HTML and CSS
        - Bachelor's degree in design or equivalent experience

        ## Nice to have

        - Experience in healthcare or with accessibility (WCAG)

        ## Benefits

        - Health and dental from day one
        - $2,000 learning budget
        - Salary: CAD $95,000 - $120,000 per year
        """;

    private string seed = string.Empty;
    private string longest = string.Empty;
    private string tenMegabytes = string.Empty;

    [GlobalSetup]
    public void LoadSeed()
    {
        seed = SeedText();
        longest = Repeated(seed, PostingReader.MaxLength);
        tenMegabytes = Repeated(seed, 10 * 1024 * 1024);
        _ = SkillTaxonomy.Default;
    }

    [Benchmark(Description = "Read the seed posting (plain text, 3 KB)")]
    public PostingReadResult ReadSeedPosting() => PostingReader.Read(seed);

    [Benchmark(Description = "Read a Markdown posting with front matter")]
    public PostingReadResult ReadMarkdownPosting() => PostingReader.Read(MarkdownPosting);

    /// <summary>Bad-input bound: at most a second per megabyte. The longest text accepted is about 1 MB.</summary>
    [Benchmark(Description = "Read 1 MB (the seed repeated up to the 1,000,000-character limit)")]
    public PostingReadResult ReadLongestAcceptedText() => PostingReader.Read(longest);

    [Benchmark(Description = "Refuse 10 MB of text")]
    public PostingReadResult RefuseTenMegabytes() => PostingReader.Read(tenMegabytes);

    [Benchmark(Description = "Find skills in the seed posting")]
    public int FindSkillsInSeed() => SkillTaxonomy.Default.Find(seed).Count;

    [Benchmark(Description = "Load the skill taxonomy from its data files")]
    public SkillTaxonomy LoadTaxonomy()
    {
        var assembly = typeof(SkillTaxonomy).Assembly;
        var streams = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("OpenHire.Analysis.Skills.Data.", StringComparison.Ordinal))
            .Select(name => assembly.GetManifestResourceStream(name)!)
            .ToList();
        try
        {
            return SkillTaxonomy.Load(streams);
        }
        finally
        {
            streams.ForEach(stream => stream.Dispose());
        }
    }

    /// <summary>Copies of <paramref name="text"/>, a line apart, as many as fit in <paramref name="length"/> characters.</summary>
    private static string Repeated(string text, int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length + text.Length + 1 <= length)
        {
            builder.Append(text).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The seed posting lives in shared/seed beside the repository.</summary>
    private static string SeedText()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "shared", "seed", "senior-backend-engineer.txt");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new FileNotFoundException("shared/seed/senior-backend-engineer.txt was not found above " + AppContext.BaseDirectory);
    }
}
