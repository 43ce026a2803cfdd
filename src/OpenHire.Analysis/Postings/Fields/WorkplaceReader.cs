using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads whether the role is on-site, hybrid or remote from explicit wording only (a location alone says
/// nothing), and the number of office days a hybrid role asks for.
/// </summary>
internal static partial class WorkplaceReader
{
    public static (PostingField<WorkplaceType>? Type, PostingField<int>? OfficeDays) Read(SectionedDocument document)
    {
        var text = document.Text;
        var benefits = BenefitItems(document);
        var hybrid = FirstOutside(benefits, Hybrid(), text);
        var days = OfficeDays(text) ?? (hybrid is null ? null : DaysAfterHybrid(text, hybrid));

        // Each wording is looked for only when the ones before it did not decide.
        PostingField<WorkplaceType>? type = null;
        Match? remote = null;
        if (hybrid is { } hybridMatch)
        {
            type = new(WorkplaceType.Hybrid, 0.9, hybridMatch.Index, hybridMatch.Length);
        }
        else if ((remote = FirstOutside(benefits, Remote(), text)) is null && days is not null)
        {
            type = new(WorkplaceType.Hybrid, 0.75, days.Start, days.Length);
        }
        else if (remote is { } remoteMatch && !NotRemote().IsMatch(text))
        {
            type = new(WorkplaceType.Remote, 0.85, remoteMatch.Index, remoteMatch.Length);
        }
        else if (FirstOutside(benefits, Onsite(), text) is { } onsiteMatch)
        {
            type = new(WorkplaceType.Onsite, 0.8, onsiteMatch.Index, onsiteMatch.Length);
        }

        return (type, type?.Value == WorkplaceType.Remote ? null : days);
    }

    /// <summary>Perks such as "Flexible work arrangements (hybrid or remote)" do not decide the workplace.</summary>
    private static List<TextBlock> BenefitItems(SectionedDocument document) =>
        document.OfKind(SectionKind.Benefits).SelectMany(section => section.Items(document.Text)).ToList();

    private static Match? FirstOutside(List<TextBlock> benefits, Regex pattern, string text)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (!benefits.Exists(item => match.Index >= item.Start && match.Index < item.End))
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>"(Hybrid, 3 days/week)": next to "hybrid", a number of days a week means days in the office.</summary>
    private static PostingField<int>? DaysAfterHybrid(string text, Match hybrid)
    {
        var window = Math.Min(60, text.Length - hybrid.Index);
        return Days(DaysAWeek().Match(text, hybrid.Index, window));
    }

    private static PostingField<int>? OfficeDays(string text) => Days(FirstDaysInOffice(text));

    /// <summary>
    /// The first match of <see cref="DaysInOffice"/>, looked for only around each "day" of the text. Every match
    /// holds one "day", and before it only digits, number words, "in/at/into the/our office", dashes and spaces
    /// (no 'd' or 'y'); after it, no 'y' before the next "day". So each match lies within its "day"'s window.
    /// </summary>
    private static Match FirstDaysInOffice(string text)
    {
        var day = text.IndexOf("day", StringComparison.OrdinalIgnoreCase);
        while (day >= 0)
        {
            var next = text.IndexOf("day", day + 3, StringComparison.OrdinalIgnoreCase);
            var start = day;
            while (start > 0 && CanPrecedeDays(text[start - 1]))
            {
                start--;
            }

            var end = next < 0 ? text.Length : next + 2;
            var match = DaysInOffice().Match(text, start, end - start);
            if (match.Success)
            {
                return match;
            }

            day = next;
        }

        return Match.Empty;
    }

    /// <summary>The characters of <see cref="DaysInOffice"/> before "day": digits, spaces, "-–+", and the letters of its words.</summary>
    private static bool CanPrecedeDays(char c) =>
        char.IsDigit(c) || char.IsWhiteSpace(c) || c is '-' or '–' or '+' || "onetwhrfuivacONETWHRFUIVACİı".Contains(c);

    private static PostingField<int>? Days(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var days = Numbers.Parse(match.Groups["days"].Value);
        return days is >= 1 and <= 5 ? new PostingField<int>((int)days, 0.85, match.Index, match.Length) : null;
    }

    [GeneratedRegex(@"\bhybrid\b(?!\s+(?:cloud|app|apps|mobile|learning|car|vehicle|model|approach|architecture|environment of))", RegexOptions.IgnoreCase)]
    private static partial Regex Hybrid();

    [GeneratedRegex(@"\bremote\b(?:(?<=(?:fully|100%) remote)|(?=[- ]first\b|\s+(?:role|position|job|opportunity|work|team|company|friendly)\b|[ \t]*(?:\(|$|-|–|,|/))|(?<=(?:^|[-–—|(,:])[ \t]*remote)(?!\s+(?:support|access|desktop|monitoring|sensing|control|assistance|troubleshooting|management|servers?))|(?<=\b(?:is|be) (?:a )?remote))|\bwork (?:from home|remotely from|from anywhere)\b|\btelework\b|\bvirtual \(", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Remote();

    [GeneratedRegex(@"remote (?:position|role|work|job)?\s*:\s*no\b|\bnot (?:a )?remote\b|\bno remote\b|\bremote work is not\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotRemote();

    [GeneratedRegex(@"\bon[- ]?site\b(?!\s+(?:interview|visit|meeting))|\bin[- ]person (?:position|role|job)\b|\bthis is an in[- ]person\b|\bin the office (?:every|five|5|full[- ]time)\b|\bwork(?:ing)? from our (?:\w+ )?office\b|\bin[- ]office (?:role|position)\b|\bwork(?:ing)? from (?:the |our )?office\b", RegexOptions.IgnoreCase)]
    private static partial Regex Onsite();

    [GeneratedRegex(@"(?<days>\d|one|two|three|four|five)(?:\s*(?:-|–|to|or)\s*(?:\d|two|three|four|five))?\+?\s*days?\s*(?:a|per|each|/)\s*week", RegexOptions.IgnoreCase)]
    private static partial Regex DaysAWeek();

    [GeneratedRegex(@"(?<days>\d|one|two|three|four|five)(?:\s*(?:-|–|to|or)\s*(?:\d|two|three|four|five))?\+?\s*days?\s*(?:(?:a|per|each|/)\s*week\s*)?(?:(?:in|at|from|into)\s*(?:the|our|an?)?\s*(?:office|on-?site|studio|hq)|in[- ]office|on-?site)|(?:in|at|into)\s+(?:the|our)\s+office\s+(?<days>\d|one|two|three|four|five)(?:\s*(?:-|–|to|or)\s*\d)?\s*days", RegexOptions.IgnoreCase)]
    private static partial Regex DaysInOffice();
}
