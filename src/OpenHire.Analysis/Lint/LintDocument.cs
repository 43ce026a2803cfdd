using OpenHire.Analysis.Postings;

namespace OpenHire.Analysis.Lint;

/// <summary>What the rules see: the job's facts, its strings with their place in the source, and the date to judge by.</summary>
internal sealed class LintDocument(JobForLint job, IReadOnlyList<LintText> texts, LintSpan? salarySpan, DateOnly asOf)
{
    public JobForLint Job { get; } = job;

    public IReadOnlyList<LintText> Texts { get; } = texts;

    /// <summary>Where the pay is stated in a pasted posting.</summary>
    public LintSpan? SalarySpan { get; } = salarySpan;

    public DateOnly AsOf { get; } = asOf;

    public IEnumerable<LintText> TextsOf(JobField field) => Texts.Where(text => text.Field == field);

    public static LintDocument FromJob(JobForLint job, DateOnly asOf)
    {
        var texts = new List<LintText>();
        AddText(texts, JobField.Title, job.Title);
        AddText(texts, JobField.Summary, job.Summary);
        AddItems(texts, JobField.Responsibilities, job.Responsibilities);
        AddItems(texts, JobField.RequiredQualifications, job.RequiredQualifications);
        AddItems(texts, JobField.PreferredQualifications, job.PreferredQualifications);
        AddItems(texts, JobField.Benefits, job.Benefits);
        AddText(texts, JobField.Culture, job.Culture);
        AddText(texts, JobField.EqualOpportunityStatement, job.EqualOpportunityStatement);
        AddText(texts, JobField.HowToApply, job.HowToApply);
        return new LintDocument(job, texts, null, asOf);
    }

    public static LintDocument FromPosting(PostingReadResult read, DateOnly asOf)
    {
        var mapped = PostingToJob.Map(read);
        var salary = read.Posting.Salary;
        var salarySpan = salary is null ? (LintSpan?)null : new LintSpan(salary.Start, salary.Length);
        return new LintDocument(mapped.Job, mapped.Texts, salarySpan, asOf);
    }

    private static void AddText(List<LintText> texts, JobField field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            texts.Add(new LintText(field, 0, text, 0));
        }
    }

    private static void AddItems(List<LintText> texts, JobField field, IReadOnlyList<string> items)
    {
        for (var index = 0; index < items.Count; index++)
        {
            if (!string.IsNullOrWhiteSpace(items[index]))
            {
                texts.Add(new LintText(field, index, items[index], 0));
            }
        }
    }
}
