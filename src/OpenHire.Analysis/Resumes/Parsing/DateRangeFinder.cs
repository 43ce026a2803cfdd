using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>A date or date range found in a line: "Jan 2020 - Present", "06/2017 – 12/2019", "2014".</summary>
internal sealed record DateSpan(PartialDate Start, PartialDate? End, bool IsCurrent, bool IsRange, int Index, int Length);

/// <summary>Finds the dates resumes write, in English, with months as names, numbers or seasons.</summary>
internal static partial class DateRangeFinder
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Season = "(?:spring|summer|fall|autumn|winter)";
    private const string Year = "(?:19[5-9][0-9]|20[0-9][0-9])";

    private static string Date(string p) =>
        $@"(?:(?<{p}mname>{Month})\s*[,']?\s*(?<{p}year>{Year})" +
        $@"|(?<{p}mnum>0?[1-9]|1[0-2])\s*[/.]\s*(?<{p}year>{Year})" +
        $@"|(?<{p}year>{Year})\s*[/.-]\s*(?<{p}mnum>0[1-9]|1[0-2])(?!\d)" +
        $@"|{Season}\s+(?<{p}year>{Year})" +
        $@"|(?<{p}year>{Year}))";

    private static readonly Regex RangeOrDate = new(
        $@"(?<![\w/.-])(?:{Date("s")})(?:\s*(?:-|–|—|−|~|→|\bto\b|\buntil\b|\btill\b)\s*(?:(?<current>present|current|now|ongoing|today|date)\b|{Date("e")}))?(?![\w/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IReadOnlyList<DateSpan> FindAll(string line)
    {
        var spans = new List<DateSpan>();
        foreach (Match match in RangeOrDate.Matches(line))
        {
            var start = ToDate(match, "s");
            var isCurrent = match.Groups["current"].Success;
            var end = isCurrent ? (PartialDate?)null : match.Groups["eyear"].Success ? ToDate(match, "e") : null;
            var isRange = isCurrent || end is not null;
            spans.Add(new DateSpan(start, isRange ? end : start, isCurrent, isRange, match.Index, match.Length));
        }
        return spans;
    }

    public static DateSpan? FindRange(string line) => FindAll(line).FirstOrDefault(s => s.IsRange);

    private static PartialDate ToDate(Match match, string prefix)
    {
        var year = int.Parse(match.Groups[prefix + "year"].Value);
        var name = match.Groups[prefix + "mname"];
        if (name.Success) return new PartialDate(year, MonthNumber(name.Value));
        var number = match.Groups[prefix + "mnum"];
        return number.Success ? new PartialDate(year, int.Parse(number.Value)) : new PartialDate(year);
    }

    private static int MonthNumber(string name) =>
        name.Trim('.').ToLowerInvariant()[..3] switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };

    /// <summary>A line ending in "2017 –" whose end date ("Present") opens the next line, as two-column PDFs produce.</summary>
    [GeneratedRegex(@"^(?<start>(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2})\s*[-–—]\s*(?<rest>.*)$")]
    public static partial Regex OpenEndedStart();

    [GeneratedRegex(@"^(?<end>(?:present|current|now|ongoing|(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2}))\b\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex LeadingEndDate();
}
