using System.Globalization;
using OpenHire.Analysis.Lint.Data;
using OpenHire.Analysis.Postings;

namespace OpenHire.Analysis.Lint.Rules;

/// <summary>
/// Pay in the posting where the job's locations require it (<c>pay-transparency.json</c>), a good-faith range
/// where the law asks for one, and a nudge to state pay anyway where no law applies.
/// </summary>
internal sealed class PayTransparencyRule : ILintRule
{
    /// <summary>A range whose top is more than this multiple of its bottom is hardly a good-faith estimate.</summary>
    public const decimal WideRangeRatio = 2m;

    /// <summary>How far ahead a law that is not yet in force is worth mentioning.</summary>
    public const int UpcomingLawWindowDays = 365;

    public void Check(LintDocument document, List<LintFinding> findings)
    {
        var job = document.Job;
        var laws = PayTransparencyLaws.ApplyingTo(job).ToList();
        var inForce = laws.Where(law => law.Effective <= document.AsOf).ToList();
        var upcoming = laws.Where(law => law.Effective > document.AsOf && law.Effective <= document.AsOf.AddDays(UpcomingLawWindowDays)).ToList();
        var hasPay = job.Salary is { } salary && (salary.Min is not null || salary.Max is not null);

        if (!hasPay)
        {
            ReportMissingPay(document, inForce, upcoming, findings);
            return;
        }

        ReportRangeProblems(document, job.Salary!, inForce, findings);
    }

    private static void ReportMissingPay(LintDocument document, List<PayTransparencyLaw> inForce, List<PayTransparencyLaw> upcoming, List<LintFinding> findings)
    {
        if (inForce.Count > 0)
        {
            var severity = inForce.Any(law => law.RequiresPayInPosting) ? LintSeverity.Error : LintSeverity.Warning;
            findings.Add(new LintFinding(
                "pay-transparency.missing-range",
                severity,
                $"No pay range, but the job's locations require one: {Describe(inForce, document.Job.EmployerHeadcount)}",
                "Add the minimum and maximum pay you in good faith expect to offer, with the period (per year or per hour).",
                JobField.Salary,
                null,
                null));
        }

        if (upcoming.Count > 0)
        {
            var names = string.Join("; ", upcoming.Select(law => $"{law.Name} from {law.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({law.Reference})"));
            findings.Add(new LintFinding(
                "pay-transparency.upcoming",
                LintSeverity.Info,
                $"Pay ranges will soon be required in postings for these locations: {names}.",
                "Add a pay range now so the posting stays compliant.",
                JobField.Salary,
                null,
                null));
        }

        if (inForce.Count == 0 && upcoming.Count == 0)
        {
            findings.Add(new LintFinding(
                "salary.missing",
                LintSeverity.Info,
                "The posting gives no pay. Postings with a pay range attract more applicants and save interviews that fail on pay.",
                "Add the pay range you expect to offer.",
                JobField.Salary,
                null,
                null));
        }
    }

    private static void ReportRangeProblems(LintDocument document, JobSalary salary, List<PayTransparencyLaw> inForce, List<LintFinding> findings)
    {
        var goodFaithLaws = inForce.Where(law => law.GoodFaithRange).ToList();
        var openEnded = salary.Min is null || salary.Max is null;
        if (goodFaithLaws.Count > 0 && openEnded)
        {
            var stated = salary.Min is null ? $"\"up to {salary.Max:N0}\"" : $"\"{salary.Min:N0}+\"";
            findings.Add(SalaryFinding(document, "pay-transparency.open-ended-range",
                $"The pay is open-ended ({stated}), but {Names(goodFaithLaws)} ask for a good-faith minimum and maximum.",
                "State both the lowest and the highest pay you expect to offer."));
        }
        else if (goodFaithLaws.Count > 0 && salary.Min > 0 && salary.Max > salary.Min * WideRangeRatio)
        {
            findings.Add(SalaryFinding(document, "pay-transparency.wide-range",
                $"The range {salary.Min:N0}-{salary.Max:N0} spans more than {WideRangeRatio}x; {Names(goodFaithLaws)} ask for the range you in good faith expect to pay.",
                "Narrow the range to what you would really offer, or split the posting by level."));
        }

        foreach (var law in inForce.Where(law => law.MaxRangeWidth is not null && salary.Min is not null && salary.Max - salary.Min > law.MaxRangeWidth && !AbovePayCeiling(law, salary)))
        {
            findings.Add(SalaryFinding(document, "pay-transparency.range-too-wide",
                $"The range {salary.Min:N0}-{salary.Max:N0} is wider than {law.Name} allows ({law.MaxRangeWidth:N0}; {law.Reference}).",
                $"Keep the difference between minimum and maximum at or under {law.MaxRangeWidth:N0}."));
        }
    }

    /// <summary>Ontario's width cap does not apply once the top of the range is above $200,000 a year.</summary>
    private static bool AbovePayCeiling(PayTransparencyLaw law, JobSalary salary) =>
        law.PayCeiling is { } ceiling && salary.Period == SalaryPeriod.Year && salary.Max > ceiling;

    private static LintFinding SalaryFinding(LintDocument document, string ruleId, string message, string suggestion) =>
        new(ruleId, LintSeverity.Warning, message, suggestion, JobField.Salary, null, document.SalarySpan);

    private static string Names(IEnumerable<PayTransparencyLaw> laws) => string.Join(", ", laws.Select(law => law.Name));

    private static string Describe(IEnumerable<PayTransparencyLaw> laws, int? headcount) =>
        string.Join(" ", laws.Select(law =>
        {
            var size = headcount is null && law.MinEmployees > 1 ? $" Applies to employers with {law.MinEmployees}+ employees." : "";
            return $"{law.Name} ({law.Reference}): {law.Note}{size}";
        }));
}
