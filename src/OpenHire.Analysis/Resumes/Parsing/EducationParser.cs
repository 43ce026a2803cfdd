using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>
/// Reads schools from the education section. A new entry starts when a degree or school name
/// appears that the current entry already has; degree and field split at " in " or a comma.
/// </summary>
internal static partial class EducationParser
{
    private sealed class Draft
    {
        public string? Institution;
        public string? Degree;
        public string? Field;
        public PartialDate? End;
        public bool IsOngoing;
        public bool IsEmpty => Institution is null && Degree is null;
    }

    public static IReadOnlyList<EducationEntry> Parse(IReadOnlyList<ResumeLine> lines)
    {
        var entries = new List<EducationEntry>();
        var draft = new Draft();
        var content = lines.Where(l => !l.IsBlank).ToList();
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            var dates = DateRangeFinder.FindAll(line.Text);
            var withoutDates = dates.Reverse().Aggregate(line.Text, (text, d) => text.Remove(d.Index, d.Length));
            var pieces = EntryText.SplitStrong(withoutDates).SelectMany(EntryText.SplitCommas).Select(EntryText.Clean)
                .Where(p => p.Length > 0).ToList();

            var degreeIndex = pieces.FindIndex(p => DegreeStart().IsMatch(p) && !Places.IsRegionOrCountry(p));
            var institution = FindInstitution(pieces, degreeIndex, content, i, draft);
            if (line.IsBullet && degreeIndex < 0) continue;

            if ((degreeIndex >= 0 && draft.Degree is not null) || (institution is not null && draft.Institution is not null))
            {
                Flush(draft, entries);
                draft = new Draft();
            }
            if (institution is not null) draft.Institution = institution;
            if (degreeIndex >= 0) ReadDegree(pieces, degreeIndex, draft);
            ReadDates(dates, draft);
        }
        Flush(draft, entries);
        return entries;
    }

    private static string? FindInstitution(List<string> pieces, int degreeIndex, List<ResumeLine> content, int lineIndex, Draft draft)
    {
        var keywordIndex = pieces.FindIndex(p => InstitutionWord().IsMatch(p));
        if (keywordIndex >= 0 && keywordIndex != degreeIndex)
        {
            var tail = EntryText.StripTrailingLocation(pieces.Skip(keywordIndex).Where(p => !IsFieldOrDegree(p)).ToList(), keep: 1);
            var name = string.Join(", ", tail);
            // "College of Engineering" under a school already named is a detail unless a date or degree follows it.
            var isDetailOfKnownSchool = degreeIndex < 0 && draft.Institution is not null
                && !NextLinesHaveDateOrDegree(content, lineIndex) && !HasDate(content[lineIndex]);
            return isDetailOfKnownSchool ? null : Normalize(name);
        }
        // A degree line under a school line ("Bachelor of Arts, Business Administration") names the field, not a school.
        if (degreeIndex >= 0 && (draft.Institution is null || draft.Degree is not null))
        {
            // "PhD in Computer Science, CalTech, Pasadena, USA": the school follows the degree.
            var rest = pieces.Skip(degreeIndex + 1).Where(p => !Places.LooksLikeLocation(p)).ToList();
            var stripped = EntryText.StripTrailingLocation(rest, keep: 1);
            if (stripped.Count > 0 && !DegreeStart().IsMatch(stripped[0]) && LooksLikeName(stripped[0]))
                return Normalize(string.Join(", ", stripped));
            return null;
        }
        // A school without a telling word ("LA MARTINIERE FOR BOYS") is recognised by the date or degree under it.
        if (degreeIndex < 0 && pieces.Count == 1 && LooksLikeName(pieces[0]) && !Places.LooksLikeLocation(pieces[0]) && NextLinesHaveDateOrDegree(content, lineIndex)
            && !HasDate(content[lineIndex]) && !NotSchool().IsMatch(pieces[0]))
            return Normalize(pieces[0]);
        return null;
    }

    private static bool IsFieldOrDegree(string piece) => DegreeStart().IsMatch(piece);

    private static bool HasDate(ResumeLine line) => DateRangeFinder.FindAll(line.Text).Count > 0;

    private static bool NextLinesHaveDateOrDegree(List<ResumeLine> content, int index) =>
        content.Skip(index + 1).Take(2).Any(l => HasDate(l) || DegreeStart().IsMatch(l.Text));

    private static bool LooksLikeName(string text) =>
        text.Length is > 1 and < 90 && char.IsUpper(text[0]) && !text.Contains(':') && !text.Any(char.IsDigit);

    private static void ReadDegree(List<string> pieces, int degreeIndex, Draft draft)
    {
        var piece = Parenthetical().Replace(pieces[degreeIndex], "").Trim();
        var inMatch = InSeparator().Match(piece);
        if (inMatch.Success)
        {
            draft.Degree = Normalize(piece[..inMatch.Index].Trim());
            draft.Field = Normalize(piece[(inMatch.Index + inMatch.Length)..].Trim());
        }
        else if (AbbreviatedDegreeWithField().Match(piece) is { Success: true } abbreviated)
        {
            // "B.S. Mathematics", "M.Sc. Informatics": an abbreviation followed directly by the subject.
            draft.Degree = abbreviated.Groups["degree"].Value;
            draft.Field = Normalize(abbreviated.Groups["field"].Value);
        }
        else
        {
            draft.Degree = Normalize(piece);
            var next = degreeIndex + 1 < pieces.Count ? pieces[degreeIndex + 1] : null;
            if (next is not null && !InstitutionWord().IsMatch(next) && !Places.LooksLikeLocation(next) && LooksLikeName(next))
                draft.Field = Normalize(next);
        }
    }

    private static void ReadDates(IReadOnlyList<DateSpan> dates, Draft draft)
    {
        if (dates.Count == 0) return;
        var last = dates[^1];
        if (draft.End is not null && !draft.IsOngoing && !last.IsRange) return;
        draft.IsOngoing = last.IsCurrent;
        draft.End = last.IsCurrent ? null : last.End;
    }

    private static void Flush(Draft draft, List<EducationEntry> entries)
    {
        if (draft.IsEmpty) return;
        entries.Add(new EducationEntry(draft.Institution, draft.Degree, draft.Field, draft.End, draft.IsOngoing)
        {
            Level = DegreeLevels.Classify(draft.Degree),
        });
    }

    private static string Normalize(string text) => WorkHistoryParser.NormalizeCase(text.Trim()) ?? text;

    [GeneratedRegex(@"^(?:bachelor|master|doctor|doctorate|ph\.?\s?d|associate|diploma|high school|secondary school|ged\b|mba\b|bba\b|b\.?\s?(?:s|sc|a|e|eng|tech|com|fa|ba)\b\.?|m\.?\s?(?:s|sc|a|eng|tech|com|fa|ba|phil|ed|d)\b\.?|ll\.?[bm]\b|j\.?d\b|btech|mtech|bsc|msc|meng|beng|bcom|mcom)", RegexOptions.IgnoreCase)]
    internal static partial Regex DegreeStart();

    [GeneratedRegex(@"\b(universit\w*|college|institute|institut|institution|school|academy|polytechnic|[ée]cole|universidad\w*|hochschule|conservatory|seminary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InstitutionWord();

    [GeneratedRegex(@"\b(gpa|cgpa|honou?rs|cum laude|dean|coursework|courses|thesis|minor|major|relevant|scholarship)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotSchool();

    [GeneratedRegex(@"\s+in\s+|\s*[-–—:]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex InSeparator();

    [GeneratedRegex(@"^(?<degree>(?:B|M)\.?\s?(?:S|Sc|A|E|Eng|Tech|Com|FA|BA)\.?|Ph\.?\s?D\.?|MBA|BBA|BSc|MSc|MEng|BEng|BTech|MTech)\s+(?<field>[A-Z][\w&,' -]+)$")]
    private static partial Regex AbbreviatedDegreeWithField();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();
}
