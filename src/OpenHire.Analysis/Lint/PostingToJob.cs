using OpenHire.Analysis.Postings;

namespace OpenHire.Analysis.Lint;

/// <summary>
/// Maps a pasted posting onto <see cref="JobForLint"/> so the rules are written once, keeping for every string
/// where it sits in the posting's text.
/// </summary>
internal static class PostingToJob
{
    public static (JobForLint Job, IReadOnlyList<LintText> Texts) Map(PostingReadResult read)
    {
        var text = read.Text;
        var posting = read.Posting;
        var texts = new List<LintText>();
        if (posting.Title is { } title)
        {
            texts.Add(new LintText(JobField.Title, 0, Slice(text, title.Start, title.Length), title.Start));
        }

        var itemCounts = new Dictionary<JobField, int>();
        foreach (var section in posting.Sections)
        {
            if (FieldOf(section.Kind) is not { } field)
            {
                continue;
            }

            if (IsList(field) && section.Items.Count > 0)
            {
                foreach (var item in section.Items)
                {
                    var index = itemCounts.GetValueOrDefault(field);
                    itemCounts[field] = index + 1;
                    texts.Add(new LintText(field, index, Slice(text, item.Start, item.Length), item.Start));
                }
            }
            else
            {
                var index = IsList(field) ? itemCounts.GetValueOrDefault(field) : 0;
                itemCounts[field] = index + 1;
                texts.Add(new LintText(field, index, Slice(text, section.Start, section.Length), section.Start));
            }
        }

        var job = new JobForLint
        {
            Title = posting.Title?.Value ?? "",
            Summary = Joined(texts, JobField.Summary),
            Responsibilities = Items(texts, JobField.Responsibilities),
            RequiredQualifications = Items(texts, JobField.RequiredQualifications),
            PreferredQualifications = Items(texts, JobField.PreferredQualifications),
            Benefits = Items(texts, JobField.Benefits),
            Culture = Joined(texts, JobField.Culture),
            EqualOpportunityStatement = Joined(texts, JobField.EqualOpportunityStatement),
            HowToApply = Joined(texts, JobField.HowToApply),
            Locations = posting.Locations.Select(location => new JobLocation(location.Value.City, location.Value.Region, location.Value.Country)).ToList(),
            WorkplaceType = posting.WorkplaceType?.Value,
            Salary = posting.Salary?.Value is { } salary ? new JobSalary(salary.Min, salary.Max, salary.Currency, salary.Period) : null,
        };
        return (job, texts);
    }

    /// <summary>Company and unlabelled sections read as part of the summary; the tech stack is a list of names, nothing to lint.</summary>
    private static JobField? FieldOf(SectionKind kind) => kind switch
    {
        SectionKind.Summary or SectionKind.Company or SectionKind.Other or SectionKind.Details => JobField.Summary,
        SectionKind.Responsibilities => JobField.Responsibilities,
        SectionKind.Required => JobField.RequiredQualifications,
        SectionKind.Preferred => JobField.PreferredQualifications,
        SectionKind.Benefits => JobField.Benefits,
        SectionKind.Culture => JobField.Culture,
        SectionKind.EqualOpportunity => JobField.EqualOpportunityStatement,
        SectionKind.HowToApply => JobField.HowToApply,
        _ => null,
    };

    private static bool IsList(JobField field) =>
        field is JobField.Responsibilities or JobField.RequiredQualifications or JobField.PreferredQualifications or JobField.Benefits;

    private static string Slice(string text, int start, int length) =>
        start >= 0 && length >= 0 && start + length <= text.Length ? text.Substring(start, length) : "";

    private static string Joined(List<LintText> texts, JobField field) =>
        string.Join("\n\n", texts.Where(text => text.Field == field).Select(text => text.Text));

    private static List<string> Items(List<LintText> texts, JobField field) =>
        texts.Where(text => text.Field == field).Select(text => text.Text).ToList();
}
