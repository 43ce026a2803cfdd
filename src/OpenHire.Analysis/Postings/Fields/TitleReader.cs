using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads the job title: the posting's own title line or heading first, then the job board's title field, then
/// "We are seeking a Senior Backend Engineer to ...". Location suffixes ("(Rochester)", "- Las Vegas") are removed.
/// </summary>
internal static partial class TitleReader
{
    private const int HeadingsToSearch = 40;
    private const int MaxTitleWords = 12;

    public static PostingField<string>? Read(SectionedDocument document)
    {
        return FromLeadingLine(document)
            ?? FromMetadata(document)
            ?? FromHeadings(document)
            ?? FromSentence(document);
    }

    /// <summary>The first block, when it reads as a title (short, names a role, not a sentence).</summary>
    private static PostingField<string>? FromLeadingLine(SectionedDocument document)
    {
        var first = document.Document.Blocks.FirstOrDefault();
        if (document.Document.Blocks.Count == 0 || first.Kind == BlockKind.ListItem)
        {
            return null;
        }

        return BestSegment(document.Text, first.Start, first.Length, 0.85);
    }

    private static PostingField<string>? FromMetadata(SectionedDocument document) =>
        document.Document.MetadataEntry("title", "job_title", "position", "jobtitle") is { } entry
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
    /// "FunnelStory - Principal Backend Engineer (Go) - REMOTE (India)" or "Login.gov - DevOps Engineer": the segment
    /// that names a role, without trailing places.
    /// </summary>
    private static PostingField<string>? BestSegment(string text, int start, int length, double confidence)
    {
        var line = text.AsSpan(start, length);
        if (line.EndsWith('.') || line.Contains(": ", StringComparison.Ordinal) && !line.Contains(" : ", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var range in Separator().EnumerateSplits(line))
        {
            var segment = line[range].Trim();
            var offset = start + range.Start.GetOffset(line.Length) + (line[range].Length - line[range].TrimStart().Length);
            if (segment.Length == 0 || WordCount(segment) > MaxTitleWords || !RoleWords.ContainsRole(segment) || Remote().IsMatch(segment))
            {
                continue;
            }

            var title = WithoutPlace(segment.ToString());
            return new PostingField<string>(title, confidence, offset, title.Length);
        }

        return null;
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
        return gazetteer.KnownCity.Match(value) is { Success: true } city && city.Length == value.Trim().Length
            || gazetteer.CityRegion.Match(value) is { Success: true } cityRegion && cityRegion.Length == value.Trim().Length
            || gazetteer.TryRegion(value, out _, out _) || gazetteer.Country(value) is not null
            || Remote().IsMatch(value);
    }

    private static int WordCount(ReadOnlySpan<char> text) => text.Count(' ') + 1;

    [GeneratedRegex(@"\s+[-–—|:]\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Remote();

    [GeneratedRegex(@"(?:\s*\((?<place>[^()]+)\)|\s+[-–—,]\s*(?<place>[^-–—,()]+))\s*$")]
    private static partial Regex PlaceSuffix();

    [GeneratedRegex(@"\b(?:seeking|looking for|hiring|searching for|recruiting|need)\s+(?:an?|our(?: next)?|the|one)\s+(?:experienced\s+|talented\s+|passionate\s+|motivated\s+|skilled\s+)?(?<title>(?:[A-Z0-9][\w/&+#.'-]*)(?:\s+(?:of|and|for|&|\([\w ./+#-]+\)|[A-Z0-9][\w/&+#.'-]*))*)")]
    private static partial Regex SeekingSentence();
}
