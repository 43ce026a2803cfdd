using OpenHire.Analysis.Postings.Document;
using OpenHire.Analysis.Postings.Fields;
using OpenHire.Analysis.Skills;

namespace OpenHire.Analysis.Postings;

/// <summary>
/// Reads a job posting (plain text, Markdown or HTML) into a structured <see cref="Posting"/>. Deterministic,
/// no I/O, thread-safe. Every field carries a confidence and the span of <see cref="PostingReadResult.Text"/> it
/// came from; input that is empty, binary or too long comes back with a status saying so, never an exception.
/// </summary>
public static class PostingReader
{
    /// <summary>The longest input read, in characters (about 1 MB); real postings are a few kilobytes.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>Reads <paramref name="text"/> with the default taxonomy; the format is detected when not given.</summary>
    public static PostingReadResult Read(string text, PostingFormat? format = null) => Read(text, format, SkillTaxonomy.Default);

    /// <summary>Reads <paramref name="text"/>, normalising skills with <paramref name="taxonomy"/>.</summary>
    public static PostingReadResult Read(string text, PostingFormat? format, SkillTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(taxonomy);

        var status = InputCheck.Check(text);
        if (status != PostingReadStatus.Read)
        {
            return new PostingReadResult(status, format ?? PostingFormat.PlainText, string.Empty, new Posting(), [Explain(status)]);
        }

        var detected = format ?? DetectFormat(text);
        var document = Sectioner.Split(Parse(text, detected));
        var posting = ReadFields(document, taxonomy);
        var warnings = new List<string>();
        var confidence = OverallConfidence(posting);
        if (!LanguageCheck.LooksEnglish(document.Text))
        {
            warnings.Add("The text does not look like English; fields were read with English rules and may be missing.");
            confidence *= 0.3;
        }

        return new PostingReadResult(PostingReadStatus.Read, detected, document.Text, posting, warnings) { Confidence = confidence };
    }

    /// <summary>Whether <paramref name="text"/> looks like HTML, Markdown or plain text.</summary>
    public static PostingFormat DetectFormat(string text) => FormatDetector.Detect(text);

    private static PostingDocument Parse(string text, PostingFormat format)
    {
        var (metadata, body) = FrontMatter.SplitWithSections(text);
        return format switch
        {
            PostingFormat.Html => HtmlTextParser.Parse(body, metadata),
            PostingFormat.Markdown => MarkdownTextParser.Parse(body, metadata),
            _ when metadata.Count > 0 => MarkdownTextParser.Parse(body, metadata),
            _ => PlainTextParser.Parse(text),
        };
    }

    private static Posting ReadFields(SectionedDocument document, SkillTaxonomy taxonomy)
    {
        var title = TitleReader.Read(document);
        var (workplace, officeDays) = WorkplaceReader.Read(document);
        var scope = QualificationScope.Of(document);
        var (required, preferred) = SkillListReader.Read(document, scope, taxonomy);
        return new Posting
        {
            Title = title,
            Company = CompanyReader.Read(document, title),
            Sections = document.Sections.Select(section => ToSection(document, section)).ToList(),
            Locations = LocationReader.Read(document),
            WorkplaceType = workplace,
            InOfficeDaysPerWeek = officeDays,
            EmploymentType = EmploymentTypeReader.Read(document, title),
            Salary = SalaryReader.Read(document),
            MinYearsExperience = ExperienceReader.Read(document, scope),
            Education = EducationReader.Read(document, scope),
            RequiredSkills = required,
            PreferredSkills = preferred,
            TechStack = TechStackReader.Read(document, taxonomy),
            ResponsibilitiesCount = CountItems(document, SectionKind.Responsibilities),
            BenefitsCount = CountItems(document, SectionKind.Benefits),
        };
    }

    private static PostingSection ToSection(SectionedDocument document, DocumentSection section)
    {
        var items = section.Items(document.Text).Select(block => new PostingField<string>(document.TextOf(block), 0.8, block.Start, block.Length)).ToList();
        var heading = section.Heading is { } block ? document.TextOf(block).TrimEnd(':').Trim() : null;
        return new PostingSection(section.Kind, heading, section.Start, section.End - section.Start, items);
    }

    private static int CountItems(SectionedDocument document, SectionKind kind) =>
        document.OfKind(kind).Sum(section => section.Items(document.Text).Count);

    /// <summary>The mean confidence over the fields most postings state; a missing field counts as zero.</summary>
    private static double OverallConfidence(Posting posting)
    {
        double[] scores =
        [
            posting.Title?.Confidence ?? 0,
            posting.EmploymentType?.Confidence ?? 0,
            posting.Locations.Count > 0 || posting.WorkplaceType is not null ? 0.8 : 0,
            posting.RequiredSkills.Count > 0 ? 0.8 : 0,
            posting.ResponsibilitiesCount > 0 ? 0.8 : 0,
            posting.Sections.Count > 1 ? 0.8 : 0,
        ];
        return scores.Average();
    }

    private static string Explain(PostingReadStatus status) => status switch
    {
        PostingReadStatus.Empty => "The text is empty.",
        PostingReadStatus.NotText => "The input is binary data, not text.",
        PostingReadStatus.TooLong => $"The text is longer than {MaxLength:N0} characters.",
        _ => string.Empty,
    };
}
