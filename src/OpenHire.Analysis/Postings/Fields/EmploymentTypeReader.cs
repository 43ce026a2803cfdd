using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads the employment type from explicit wording: a title that says "Intern" or "(co-op)", a labelled fact in
/// the body ("Employment Type: Full-time"), the body's own wording, and only then job-board metadata.
/// </summary>
internal static partial class EmploymentTypeReader
{
    public static PostingField<EmploymentType>? Read(SectionedDocument document, PostingField<string>? title)
    {
        if (title is not null && Classify(title.Value) is { } fromTitle && fromTitle.Type == EmploymentType.Internship)
        {
            return new(fromTitle.Type, 0.9, title.Start, title.Length);
        }

        var metadataStarts = document.Document.Metadata.Select(entry => entry.Start).ToHashSet();
        var labelled = document.FactsLabelled(label => TypeLabel().IsMatch(label)).ToList();
        foreach (var fact in labelled.Where(fact => !metadataStarts.Contains(fact.Start)))
        {
            if (Classify(document.TextOf(fact)) is { } found)
            {
                return new(found.Type, 0.9, fact.Start + found.Index, found.Length);
            }
        }

        if (FromBody(document, metadataStarts) is { } fromBody)
        {
            return fromBody;
        }

        foreach (var fact in labelled)
        {
            if (Classify(document.TextOf(fact)) is { } found)
            {
                return new(found.Type, 0.8, fact.Start + found.Index, found.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// The first explicit statement in the body, ignoring the front matter. <see cref="Statement"/>'s whole-line
    /// "Contract" and "Temporary" would have it stop at every space of the text, so the body is searched for its
    /// wordings and for those lines apart, and the earlier wins (a whole-line match starts where no wording can).
    /// </summary>
    private static PostingField<EmploymentType>? FromBody(SectionedDocument document, HashSet<int> metadataStarts)
    {
        var bodyStart = document.Document.Blocks.Count > 0 ? document.Document.Blocks[0].Start : 0;
        var wording = StatementWording().Match(document.Text, bodyStart);
        var line = StatementLine().Match(document.Text, bodyStart);
        var match = line.Success && (!wording.Success || line.Index < wording.Index) ? line : wording;
        return match.Success && Classify(match.Value) is { } found
            ? new(found.Type, 0.75, match.Index, match.Length)
            : null;
    }

    private static (EmploymentType Type, int Index, int Length)? Classify(string value)
    {
        var match = Statement().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var type = match.Groups switch
        {
            var groups when groups["intern"].Success => EmploymentType.Internship,
            var groups when groups["part"].Success => EmploymentType.PartTime,
            var groups when groups["contract"].Success => EmploymentType.Contract,
            var groups when groups["temp"].Success => EmploymentType.Temporary,
            _ => EmploymentType.FullTime,
        };
        // "Part Time, Temporary" and "Full-time or part-time": part-time is the more specific statement.
        if (type == EmploymentType.FullTime && PartTime().IsMatch(value))
        {
            type = EmploymentType.PartTime;
        }

        return (type, match.Index, match.Length);
    }

    [GeneratedRegex(@"^(employment|job|position|work|contract|role|appointment)?[ _-]?(type|schedule|status|basis)$|^a_job_type$|^type$|^schedule$|^hours$", RegexOptions.IgnoreCase)]
    private static partial Regex TypeLabel();

    [GeneratedRegex(@"\bpart[- ]?time\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartTime();

    private const string Intern = @"\binternship\b|\bintern\b|\bco-?op\b";
    private const string Part = @"\bpart[- ]?time\b";
    private const string Full = @"\bfull[- ]?time\b";
    private const string ContractWording = @"\bcontract(?:ed)?[- ]to[- ](?:hire|full[- ]time|perm)|\bcontract (?:role|position|job|basis|assignment|opportunity|employee)\b|\bcontractor position\b";
    private const string ContractLine = @"^[ \t]*contract(?:or)?[ \t]*$";
    private const string FreelanceWording = @"\bfreelance\b|\bconsultant\b(?=[ \t]*$)";
    private const string TemporaryWording = @"\btemporary (?:role|position|job|assignment|employee)\b|\bseasonal (?:role|position|job)\b";
    private const string TemporaryLine = @"^[ \t]*temp(?:orary)?[ \t]*$";

    /// <summary>Every way of stating the type, in order of precedence; the group says which.</summary>
    [GeneratedRegex("(?<intern>" + Intern + ")|(?<part>" + Part + ")|(?<full>" + Full + ")|(?<contract>" + ContractWording + "|" + ContractLine + "|" + FreelanceWording + ")|(?<temp>" + TemporaryWording + "|" + TemporaryLine + ")", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Statement();

    /// <summary><see cref="Statement"/> without its whole-line wordings.</summary>
    [GeneratedRegex(Intern + "|" + Part + "|" + Full + "|" + ContractWording + "|" + FreelanceWording + "|" + TemporaryWording, RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex StatementWording();

    /// <summary><see cref="Statement"/>'s whole-line wordings: "Contract", "Temporary".</summary>
    [GeneratedRegex(ContractLine + "|" + TemporaryLine, RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex StatementLine();
}
