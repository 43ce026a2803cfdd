using OpenHire.Analysis.Postings;
using BenchmarkDotNet.Attributes;
using OpenHire.Analysis.Ranking;
using OpenHire.Analysis.Resumes;
using OpenHire.Analysis.Resumes.Extraction;
using OpenHire.Analysis.Resumes.Profile;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;

namespace OpenHire.Benchmarks;

/// <summary>
/// Resume reader speed: extracting and parsing a generated two-page PDF resume (one column, and
/// with a sidebar: two columns that must be read one after the other), and scoring
/// 100,000 parsed candidates against one job on one thread.
/// Run: dotnet run -c Release --project bench/OpenHire.Benchmarks -- --filter '*ResumeBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class ResumeBenchmarks
{
    private const int Candidates = 100_000;

    private static readonly string[] SkillPool =
    [
        "Python", "Java", "SQL", "PostgreSQL", "MySQL", "Kubernetes", "EKS", "Docker", "AWS", "Azure", "Kafka", "RabbitMQ",
        "Terraform", "Git", "Linux", "React", "TypeScript", "Go", "Redis", "Spark", "Airflow", "Scala", "C#", ".NET",
    ];

    private byte[] _twoPagePdf = [];
    private byte[] _twoColumnPdf = [];
    private PreparedJob _job = null!;
    private ResumeProfile[] _profiles = [];

    [GlobalSetup]
    public void Setup()
    {
        _twoPagePdf = TwoPageResumePdf();
        _twoColumnPdf = TwoColumnResumePdf();
        _job = new FitScorer().Prepare(new JobRequirements
        {
            RequiredSkills = ["Python", "PostgreSQL", "Kubernetes", "Kafka", "Docker", "AWS", "Git"],
            PreferredSkills = ["Terraform", "Redis"],
            MinYearsBySkill = new Dictionary<string, double> { ["Python"] = 5 },
            MinYearsExperience = 5,
            MinEducation = DegreeLevel.Bachelor,
            EducationOrEquivalentExperience = true,
            Workplace = WorkplaceType.Hybrid,
            Location = "Austin, TX",
        });
        var random = new Random(42);
        _profiles = Enumerable.Range(0, Candidates).Select(_ => new ResumeProfile
        {
            Skills = SkillPool.OrderBy(_ => random.Next()).Take(random.Next(5, 20))
                .Select(name => new SkillEntry(name, 1, random.Next(0, 10))).ToList(),
            TotalYearsOfExperience = random.Next(0, 25),
            Education = [new EducationEntry("State University", "Bachelor of Science", "Computer Science", new PartialDate(2010), false) { Level = (DegreeLevel)random.Next(0, 6) }],
            Location = random.Next(2) == 0 ? "Austin, TX" : "Denver, CO",
        }).ToArray();
    }

    [Benchmark]
    public ResumeProfile ExtractAndParseTwoPagePdf()
    {
        var extraction = ResumeTextExtractor.Extract(_twoPagePdf, "resume.pdf");
        return ResumeParser.Parse(extraction);
    }

    [Benchmark]
    public ResumeProfile ExtractAndParseTwoColumnPdf()
    {
        var extraction = ResumeTextExtractor.Extract(_twoColumnPdf, "resume.pdf");
        return ResumeParser.Parse(extraction);
    }

    [Benchmark]
    public long Score100000Candidates()
    {
        long total = 0;
        foreach (var profile in _profiles) total += _job.ScoreOnly(profile);
        return total;
    }

    private static byte[] TwoPageResumePdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        for (var pageNumber = 0; pageNumber < 2; pageNumber++)
        {
            var page = builder.AddPage(PdfPageSize.A4);
            var y = 800.0;
            void Line(string text, bool heading = false)
            {
                page.AddText(text, heading ? 13 : 10, new PdfPoint(50, y), heading ? bold : font);
                y -= heading ? 20 : 13;
            }
            if (pageNumber == 0)
            {
                Line("Alex Morgan", heading: true);
                Line("Austin, TX | (512) 555-0199 | alex.morgan@example.com | github.com/amorgan");
                Line("EXPERIENCE", heading: true);
            }
            for (var job = 0; job < 4; job++)
            {
                Line($"Senior Software Engineer {pageNumber * 4 + job + 1}");
                Line($"Company {pageNumber * 4 + job + 1} Inc., Austin, TX | Jan {2000 + job * 3 + pageNumber * 12} - Dec {2002 + job * 3 + pageNumber * 12}");
                for (var bullet = 0; bullet < 8; bullet++)
                    Line($"• Built services in Python, PostgreSQL and Kafka on Kubernetes; improved latency by {bullet + 10}%");
            }
            if (pageNumber == 1)
            {
                Line("EDUCATION", heading: true);
                Line("Bachelor of Science in Computer Science");
                Line("University of Texas at Austin, Austin, TX | May 1999");
                Line("SKILLS", heading: true);
                Line("Python, Java, SQL, PostgreSQL, Kafka, Kubernetes, Docker, AWS, Terraform, Git");
            }
        }
        return builder.Build();
    }

    // A sidebar (contact, skills, education) beside the experience, on two pages: the layout analysis must keep them apart.
    private static byte[] TwoColumnResumePdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        for (var pageNumber = 0; pageNumber < 2; pageNumber++)
        {
            var page = builder.AddPage(PdfPageSize.A4);
            var sideY = 800.0;
            var mainY = 800.0;
            void Side(string text, bool heading = false)
            {
                page.AddText(text, heading ? 12 : 9, new PdfPoint(40, sideY), heading ? bold : font);
                sideY -= heading ? 18 : 12;
            }
            void Main(string text, bool heading = false)
            {
                page.AddText(text, heading ? 13 : 10, new PdfPoint(220, mainY), heading ? bold : font);
                mainY -= heading ? 20 : 13;
            }
            if (pageNumber == 0)
            {
                Side("Alex Morgan", heading: true);
                Side("Austin, TX");
                Side("(512) 555-0199");
                Side("alex.morgan@example.com");
                Side("SKILLS", heading: true);
                foreach (var skill in SkillPool) Side(skill);
                Side("EDUCATION", heading: true);
                Side("Bachelor of Science");
                Side("Computer Science");
                Side("University of Texas");
                Side("May 1999");
                Main("EXPERIENCE", heading: true);
            }
            for (var job = 0; job < 4; job++)
            {
                Main($"Senior Software Engineer {pageNumber * 4 + job + 1}");
                Main($"Company {pageNumber * 4 + job + 1} Inc., Austin, TX | Jan {2000 + job * 3 + pageNumber * 12} - Dec {2002 + job * 3 + pageNumber * 12}");
                for (var bullet = 0; bullet < 8; bullet++)
                    Main($"• Built services in Python, PostgreSQL and Kafka; cut latency by {bullet + 10}%");
            }
        }
        return builder.Build();
    }
}
