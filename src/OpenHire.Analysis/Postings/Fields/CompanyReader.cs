using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads the employer's name: the job board's company field, the first segment of a "Company - Title - Place"
/// line, an "About Acme" heading, "Join Acme as ...", or "At Acme, we ...". Null when the text never names it.
/// </summary>
internal static partial class CompanyReader
{
    public static PostingField<string>? Read(SectionedDocument document, PostingField<string>? title)
    {
        return FromMetadata(document)
            ?? FromTitleLine(document, title)
            ?? FromAboutHeading(document)
            ?? FromPattern(document.Text, Join(), 0.7)
            ?? FromPattern(document.Text, AtCompanyWe(), 0.65)
            ?? FromPattern(document.Text, CompanyIsHiring(), 0.6);
    }

    private static PostingField<string>? FromMetadata(SectionedDocument document) =>
        document.Document.MetadataEntry("company", "organization", "organisation", "employer", "company_name", "hiring_organization") is { } entry
            ? new PostingField<string>(entry.Value, 0.9, entry.Start, entry.Length)
            : TitleMetadataCompany(document);

    /// <summary>Hacker News style front matter: title = "FunnelStory : Principal Backend Engineer (Go)".</summary>
    private static PostingField<string>? TitleMetadataCompany(SectionedDocument document)
    {
        if (document.Document.MetadataEntry("title") is not { } entry)
        {
            return null;
        }

        var separator = entry.Value.IndexOf(" : ", StringComparison.Ordinal);
        return separator > 0 && !RoleWords.ContainsRole(entry.Value.AsSpan(0, separator))
            ? new PostingField<string>(entry.Value[..separator].Trim(), 0.75, entry.Start, separator)
            : null;
    }

    /// <summary>"FunnelStory - Principal Backend Engineer (Go) - REMOTE": the segment before the title.</summary>
    private static PostingField<string>? FromTitleLine(SectionedDocument document, PostingField<string>? title)
    {
        if (title is null || document.Document.Blocks.Count == 0)
        {
            return null;
        }

        var first = document.Document.Blocks[0];
        if (title.Start <= first.Start || title.Start >= first.End)
        {
            return null;
        }

        var before = document.Text.AsSpan(first.Start, title.Start - first.Start).TrimEnd(" -–—|:".AsSpan());
        return before.Length is > 1 and <= 60 && !before.Contains(" - ", StringComparison.Ordinal) && char.IsUpper(before[0])
            ? new PostingField<string>(before.ToString(), 0.7, first.Start, before.Length)
            : null;
    }

    private static PostingField<string>? FromAboutHeading(SectionedDocument document)
    {
        foreach (var section in document.Sections)
        {
            if (section.Heading is not { } heading)
            {
                continue;
            }

            var match = AboutHeading().Match(document.TextOf(heading));
            if (match.Success && !NotACompany().IsMatch(match.Groups["name"].Value))
            {
                var name = match.Groups["name"];
                return new PostingField<string>(name.Value.TrimEnd('?', '!', ':', '.'), 0.7, heading.Start + name.Index, name.Length);
            }
        }

        return null;
    }

    private static PostingField<string>? FromPattern(string text, Regex pattern, double confidence)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var name = match.Groups["name"];
            if (!NotACompany().IsMatch(name.Value))
            {
                return new PostingField<string>(name.Value, confidence, name.Index, name.Length);
            }
        }

        return null;
    }

    private const string Name = @"(?<name>\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:by|of|&|and|de)\s+\p{Lu}[\p{L}\d.&'’-]*|\s+\p{Lu}[\p{L}\d.&'’-]*){0,4}(?:,? Inc\.?|,? LLC|,? Ltd\.?)?)";

    [GeneratedRegex(@"^About\s+" + Name + @"\s*[?!:.]?$")]
    private static partial Regex AboutHeading();

    [GeneratedRegex(@"\bJoin\s+" + Name + @"(?=\s+(?:as|and|in|on|to|at|where)\b|[,!.])")]
    private static partial Regex Join();

    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)At\s+" + Name + @",\s+(?:we|our)\b")]
    private static partial Regex AtCompanyWe();

    [GeneratedRegex(@"(?:^|\n)" + Name + @"\s+is\s+(?:hiring|seeking|looking for)\b")]
    private static partial Regex CompanyIsHiring();

    [GeneratedRegex(@"^(?:the|this|our|us|you|your|we|it|a|an|least|times?|all|every|home|work|first|some|any|each|present|once)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotACompany();
}
