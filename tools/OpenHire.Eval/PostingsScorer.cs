using OpenHire.Analysis.Skills;

namespace OpenHire.Eval;

/// <summary>
/// Compares a read posting with its label as shared/corpus/README.md "How results are scored" says: strings after
/// folding case and white space, names and skills also after folding punctuation and aliases, salary only when
/// all four parts match, locations as the set of (city, country).
/// </summary>
internal sealed class PostingsScorer(SkillTaxonomy taxonomy)
{
    public static readonly string[] Fields =
    [
        "title", "company", "employment_type", "workplace_type", "in_office_days", "salary", "min_years", "education",
        "locations", "responsibilities_count", "benefits_count",
    ];

    public Dictionary<string, bool> Compare(PostingLabel read, PostingLabel label) => new()
    {
        ["title"] = SameText(read.Title, label.Title),
        ["company"] = SameName(read.Company, label.Company),
        ["employment_type"] = read.EmploymentType == label.EmploymentType,
        ["workplace_type"] = read.WorkplaceType == label.WorkplaceType,
        ["in_office_days"] = read.InOfficeDaysPerWeek == label.InOfficeDaysPerWeek,
        ["salary"] = read.Salary == label.Salary
            || (read.Salary is not null && label.Salary is not null && read.Salary.Min == label.Salary.Min && read.Salary.Max == label.Salary.Max
                && read.Salary.Currency == label.Salary.Currency && read.Salary.Period == label.Salary.Period),
        ["min_years"] = read.MinYearsExperience == label.MinYearsExperience,
        ["education"] = read.Education == label.Education,
        ["locations"] = Places(read).SetEquals(Places(label)),
        ["responsibilities_count"] = read.ResponsibilitiesCount == label.ResponsibilitiesCount,
        ["benefits_count"] = read.BenefitsCount == label.BenefitsCount,
    };

    /// <summary>Precision, recall and F1 of one document's skill list; an empty list against an empty label is perfect.</summary>
    public (double Precision, double Recall, double F1) ScoreSkills(IEnumerable<string> read, IEnumerable<string> label)
    {
        var predicted = read.Select(Fold).ToHashSet();
        var gold = label.Select(Fold).ToHashSet();
        var hits = predicted.Count(gold.Contains);
        var precision = predicted.Count == 0 ? 1 : (double)hits / predicted.Count;
        var recall = gold.Count == 0 ? 1 : (double)hits / gold.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private string Fold(string skill) => FoldName(taxonomy.Canonicalize(skill));

    private static HashSet<(string City, string? Country)> Places(PostingLabel posting) =>
        posting.Locations.Select(location => (FoldName(location.City), location.Country?.ToUpperInvariant())).ToHashSet();

    private static bool SameText(string? a, string? b) => Collapse(a) == Collapse(b);

    private static bool SameName(string? a, string? b) => FoldName(a) == FoldName(b);

    private static string Collapse(string? value) =>
        value is null ? string.Empty : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string FoldName(string? value) =>
        value is null ? string.Empty : new string(value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
