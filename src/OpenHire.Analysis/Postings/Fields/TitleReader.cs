using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;
using OpenHire.Analysis.Text;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads the job title: the posting's own title line or heading first, then the job board's title field, then
/// "We are seeking a Senior Backend Engineer to ...". Location suffixes ("(Rochester)", "- Las Vegas") are removed.
/// </summary>
internal static partial class TitleReader
{
    private const int HeadingsToSearch = 40;
    private const int MaxTitleWords = 12;
    private const int LeadingLines = 5;

    public static PostingField<string>? Read(SectionedDocument document)
    {
        return FromLeadingLine(document)
            ?? FromMetadata(document)
            ?? FromHeadings(document)
            ?? FromSentence(document);
    }

    /// <summary>One of the first lines, when it reads as a title (short, names a role, not a sentence).</summary>
    private static PostingField<string>? FromLeadingLine(SectionedDocument document) =>
        document.Document.Blocks.Take(LeadingLines)
            .TakeWhile(block => block.Kind != BlockKind.ListItem)
            .Select(block => BestSegment(document.Text, block.Start, block.Length, 0.85))
            .FirstOrDefault(title => title is not null && TextShape.IsTitleCase(title.Value));

    private static PostingField<string>? FromMetadata(SectionedDocument document) =>
        document.Document.MetadataEntry("title", "job_title", "position", "jobtitle", "role") is { } entry
            ? BestSegment(document.Text, entry.Start, entry.Length, 0.8)
            : null;

    private static PostingField<string>? FromHeadings(SectionedDocument document) =>
        document.Sections.Take(HeadingsToSearch)
            .Where(section => section.Heading is not null && section.Kind == SectionKind.Other)
            .Select(section => BestSegment(document.Text, section.Heading!.Value.Start, section.Heading.Value.Length, 0.7))
            .FirstOrDefault(title => title is not null);

    private static PostingField<string>? FromSentence(SectionedDocument document)
    {
        var match = SeekingSentence().Match(document.Text);
        if (!match.Success)
        {
            return null;
        }

        var title = match.Groups["title"];
        var value = title.Value.TrimEnd(' ', ',', '(');
        return RoleWords.ContainsRole(value) ? new PostingField<string>(value, 0.7, title.Index, value.Length) : null;
    }

    /// <summary>
    /// "FunnelStory - Principal Backend Engineer (Go) - REMOTE (India)" or "Login.gov - DevOps Engineer": from the
    /// first segment that names a role up to the first that is a place, a work arrangement or a link.
    /// "Software Developer - Math" stays whole.
    /// </summary>
    private static PostingField<string>? BestSegment(string text, int start, int length, double confidence)
    {
        var line = text.AsSpan(start, length);
        if (line.EndsWith('.') || line.Contains(": ", StringComparison.Ordinal) && !line.Contains(" : ", StringComparison.Ordinal))
        {
            return null;
        }

        int? first = null;
        var end = 0;
        foreach (var range in Separator().EnumerateSplits(line))
        {
            var segment = line[range].Trim();
            var (segmentStart, segmentEnd) = (range.Start.GetOffset(line.Length), range.End.GetOffset(line.Length));
            if (first is null)
            {
                if (segment.Length > 0 && WordCount(segment) <= MaxTitleWords && RoleWords.ContainsRole(segment) && !ArrangementOnly().IsMatch(segment))
                {
                    first = segmentStart + (line[range].Length - line[range].TrimStart().Length);
                    end = segmentEnd;
                }

                continue;
            }

            if (segment.Length == 0 || Arrangement().IsMatch(segment) || IsPlace(segment.ToString()) || segment.Contains("://", StringComparison.Ordinal)
                || segment.IndexOfAny('$', '€', '£') >= 0 || segment.ContainsAny("0123456789"))
            {
                break;
            }

            end = segmentEnd;
        }

        if (first is not { } from)
        {
            return null;
        }

        var (title, offset) = WithoutOrganisation(WithoutPlace(line[from..end].Trim().ToString()));
        return new PostingField<string>(title, confidence, start + from + offset, title.Length);
    }

    /// <summary>"John Carroll University Faculty of Practice" names its employer first; the title is the rest.</summary>
    private static (string Title, int Offset) WithoutOrganisation(string title)
    {
        var match = OrganisationPrefix().Match(title);
        return match.Success && RoleWords.ContainsRole(title.AsSpan(match.Length)) ? (title[match.Length..], match.Length) : (title, 0);
    }

    /// <summary>The employer named before the title by <see cref="WithoutOrganisation"/>, if any.</summary>
    public static string? OrganisationBefore(string line)
    {
        var match = OrganisationPrefix().Match(line);
        return match.Success && RoleWords.ContainsRole(line.AsSpan(match.Length)) ? match.Groups["organisation"].Value : null;
    }

    private static string WithoutPlace(string title)
    {
        var suffix = PlaceSuffix().Match(title);
        if (suffix.Success && IsPlace(suffix.Groups["place"].Value))
        {
            return title[..suffix.Index].TrimEnd();
        }

        return title;
    }

    private static bool IsPlace(string value)
    {
        var gazetteer = Gazetteer.Default;
        return gazetteer.TryFindCity(value, 0, out _, out var cityLength) && cityLength == value.Trim().Length
            || gazetteer.CityRegion.Match(value) is { Success: true } cityRegion && cityRegion.Length == value.Trim().Length
            || gazetteer.TryRegion(value, out _, out _) || gazetteer.Country(value) is not null
            || LocationReader.IsOnlyPlaces(value)
            || Arrangement().IsMatch(value);
    }

    private static int WordCount(ReadOnlySpan<char> text) => text.Count(' ') + 1;

    [GeneratedRegex(@"\s+[-–—|:·]\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(remote|hybrid|on-?site|in[- ]office|full[- ]time|part[- ]time|contract|temporary|internship|permanent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Arrangement();

    [GeneratedRegex(@"^\s*(?:remote|hybrid|on-?site|in[- ]office|full[- ]time|part[- ]time|contract|temporary|internship|permanent)\b[^\p{L}]*(?:\([^)]*\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrangementOnly();

    [GeneratedRegex(@"^(?<organisation>(?:\p{Lu}[\p{L}&.'-]*\s+){1,5}(?:University|College|Institute|Hospital|School|Inc\.?|LLC|Ltd\.?|Corporation|Corp\.?|Company|Labs?|Technologies|Group|Foundation))\s+")]
    private static partial Regex OrganisationPrefix();

    [GeneratedRegex(@"(?:\s*\((?<place>[^()]+)\)|\s*[-–—,]\s+(?<place>[^-–—,()]+))\s*$")]
    private static partial Regex PlaceSuffix();

    [GeneratedRegex(@"\b(?:seeking|looking for|hiring|searching for|recruiting|need)\s+(?:an?|our(?: next)?|the|one)\s+(?:experienced\s+|talented\s+|passionate\s+|motivated\s+|skilled\s+)?(?<title>(?:[A-Z0-9][\w/&+#.'-]*)(?:[ \t]+(?:of|and|for|&|\([\w ./+#-]+\)|[A-Z0-9][\w/&+#.'-]*))*)")]
    private static partial Regex SeekingSentence();
}
