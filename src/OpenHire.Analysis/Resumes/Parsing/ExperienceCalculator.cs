using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Years of experience in total (overlapping jobs counted once) and per skill (jobs that mention it).</summary>
internal static class ExperienceCalculator
{
    public static double TotalYears(IReadOnlyList<WorkEntry> work, DateOnly asOf)
    {
        var intervals = work.Select(w => Interval(w, asOf)).Where(i => i is not null).Select(i => i!.Value)
            .OrderBy(i => i.Start).ToList();
        var months = 0;
        int? runStart = null, runEnd = null;
        foreach (var (start, end) in intervals)
        {
            if (runEnd is null || start > runEnd)
            {
                if (runStart is not null) months += runEnd!.Value - runStart.Value;
                (runStart, runEnd) = (start, end);
            }
            else runEnd = Math.Max(runEnd.Value, end);
        }
        if (runStart is not null) months += runEnd!.Value - runStart.Value;
        return Math.Round(months / 12.0, 1, MidpointRounding.AwayFromZero);
    }

    public static IReadOnlyList<SkillEntry> DateSkills(IReadOnlyList<(string Name, int Mentions)> skills, IReadOnlyList<WorkEntry> work, ResumeParserOptions options)
    {
        var monthsBySkill = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in work)
        {
            if (Interval(entry, options.AsOf) is not { } interval) continue;
            var text = $"{entry.Title}\n{entry.Description}";
            foreach (var skill in options.Vocabulary.FindAll(text).Select(m => m.Canonical).Distinct(StringComparer.OrdinalIgnoreCase))
                monthsBySkill[skill] = monthsBySkill.GetValueOrDefault(skill) + interval.End - interval.Start;
        }
        var total = TotalYears(work, options.AsOf);
        return skills.Select(s => new SkillEntry(s.Name, s.Mentions,
            Math.Min(total, Math.Round(monthsBySkill.GetValueOrDefault(s.Name) / 12.0, 1, MidpointRounding.AwayFromZero)))).ToList();
    }

    // "2012 – 2017" reads as five years, so a year-only end counts from January; "Mar 2019 – Jun 2019" includes June;
    // a current job runs up to the month of the as-of date.
    private static (int Start, int End)? Interval(WorkEntry entry, DateOnly asOf)
    {
        if (entry.Start is not { } start) return null;
        var begin = start.ToMonthIndex();
        var end = entry.IsCurrent ? PartialDate.FromDateOnly(asOf).ToMonthIndex()
            : entry.End is { Month: not null } e ? e.ToMonthIndex() + 1
            : entry.End is { } yearOnly ? yearOnly.ToMonthIndex()
            : begin;
        if (end <= begin) end = begin + (start.Month is null ? 12 : 1);
        return (begin, end);
    }
}
