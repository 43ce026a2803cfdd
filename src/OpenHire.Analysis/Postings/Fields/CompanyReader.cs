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
        var found = FromMetadata(document)
            ?? FromTitleLine(document, title)
            ?? FromAboutHeading(document)
            ?? FromPattern(document.Text, Join(), 0.7)
            ?? (RegisteredSuffix().IsMatch(document.Text) ? FromPattern(document.Text, RegisteredName(), 0.7) : null)
            ?? FromPattern(document.Text, AtCompanyWe(), 0.65)
            ?? FromHiringSentence(document.Text);
        return found is null ? null : Expanded(document.Text, WithoutRemark(PreferBodyName(document, found)));
    }

    /// <summary>A job board's "Pearson Technology" is the "Pearson" the posting itself names.</summary>
    private static PostingField<string> PreferBodyName(SectionedDocument document, PostingField<string> found)
    {
        var body = FromAboutHeading(document) ?? FromPattern(document.Text, AtCompanyWe(), 0.65);
        return body is not null && found.Value.StartsWith(body.Value + " ", StringComparison.Ordinal) ? body : found;
    }

    /// <summary>"Offstream (YC S24)" is Offstream.</summary>
    private static PostingField<string> WithoutRemark(PostingField<string> company)
    {
        var paren = company.Value.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? company with { Value = company.Value[..paren], Length = paren } : company;
    }

    /// <summary>"CDS" is "Canadian Digital Service" when the text spells the initials out.</summary>
    private static PostingField<string> Expanded(string text, PostingField<string> company)
    {
        var acronym = company.Value;
        if (acronym.Length is < 2 or > 6 || !acronym.All(char.IsUpper))
        {
            return company;
        }

        var words = string.Join(@"\s+", acronym.Select(letter => $@"{letter}[\p{{Ll}}]+"));
        var expansion = Regex.Match(text, $@"\b{words}\b");
        return expansion.Success ? new PostingField<string>(expansion.Value, company.Confidence, expansion.Index, expansion.Length) : company;
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

    /// <summary>
    /// "FunnelStory - Principal Backend Engineer (Go) - REMOTE": the segment before the title; "John Carroll
    /// University Faculty of Practice": the organisation before it; a one-line employer name just above it.
    /// </summary>
    private static PostingField<string>? FromTitleLine(SectionedDocument document, PostingField<string>? title)
    {
        if (title is null || document.Document.Blocks.Count == 0)
        {
            return null;
        }

        var blocks = document.Document.Blocks;
        var titleBlock = blocks.Take(8).ToList().FindIndex(block => title.Start >= block.Start && title.Start < block.End);
        if (titleBlock > 0 && blocks[0].Length <= 40 && RoleWords.ContainsRole(document.TextOf(blocks[titleBlock]))
            && NameLine().IsMatch(document.TextOf(blocks[0])) && !SiteChrome().IsMatch(document.TextOf(blocks[0]))
            && SectionClassifier.Classify(document.TextOf(blocks[0])) == SectionKind.Other)
        {
            return new PostingField<string>(document.TextOf(blocks[0]), 0.6, blocks[0].Start, blocks[0].Length);
        }

        var first = blocks[0];
        if (TitleReader.OrganisationBefore(document.TextOf(first)) is { } organisation)
        {
            return new PostingField<string>(organisation, 0.7, first.Start, organisation.Length);
        }

        if (title.Start <= first.Start || title.Start >= first.End)
        {
            return null;
        }

        var lead = document.Text.AsSpan(first.Start, title.Start - first.Start);
        var before = lead.TrimEnd(" -–—|:·".AsSpan());
        return before.Length is > 1 and <= 60 && lead.Length - before.Length >= 2 && !before.Contains(" - ", StringComparison.Ordinal) && char.IsUpper(before[0])
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

    /// <summary>
    /// "Acme is hiring ...": a name at the start of a line is tried from the line of the first "is hiring", "is
    /// seeking" or "is looking for" only. A name holds no line break and no lower-case "is", so no match starts earlier.
    /// </summary>
    private static PostingField<string>? FromHiringSentence(string text)
    {
        var phrase = HiringPhrase().Match(text);
        if (!phrase.Success)
        {
            return null;
        }

        var nameEnd = phrase.Index - 1;
        while (nameEnd > 0 && char.IsWhiteSpace(text[nameEnd]))
        {
            nameEnd--;
        }

        return FromPattern(text, CompanyIsHiring(), 0.6, text.LastIndexOf('\n', nameEnd) + 1);
    }

    private static PostingField<string>? FromPattern(string text, Regex pattern, double confidence, int start = 0)
    {
        foreach (Match match in pattern.Matches(text, start))
        {
            var name = match.Groups["name"];
            if (!NotACompany().IsMatch(name.Value))
            {
                return new PostingField<string>(name.Value, confidence, name.Index, name.Length);
            }
        }

        return null;
    }

    private const string Name = @"(?<name>\p{Lu}[\p{L}\d.&'’-]*(?:[ \t]+(?:by|of|&|and|de)[ \t]+\p{Lu}[\p{L}\d.&'’-]*|[ \t]+\p{Lu}[\p{L}\d.&'’-]*){0,4}(?:,? Inc\.?|,? LLC|,? Ltd\.?)?)";

    [GeneratedRegex(@"^About\s+" + Name + @"\s*[?!:.]?$")]
    private static partial Regex AboutHeading();

    [GeneratedRegex(@"\bJoin\s+(?:the\s+)?" + Name + @"(?=\s+as\s+(?:an?|our)\b|[ \t]*$)", RegexOptions.Multiline)]
    private static partial Regex Join();

    [GeneratedRegex(@"(?<=(?:^|[.!?]\s+|\n))At\s+" + Name + @"\s?,\s+(?:we|our)\b")]
    private static partial Regex AtCompanyWe();

    [GeneratedRegex(@"^" + Name + @"\s+is\s+(?:hiring|seeking|looking for)\b", RegexOptions.Multiline)]
    private static partial Regex CompanyIsHiring();

    /// <summary>The words after the name in <see cref="CompanyIsHiring"/>.</summary>
    [GeneratedRegex(@"(?<=\s)is\s+(?:hiring|seeking|looking for)\b")]
    private static partial Regex HiringPhrase();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\d&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d&'’-]*){0,4},?[ \t]+(?:Inc\.|Inc\b|LLC\b|Ltd\.|Ltd\b|Corporation\b|GmbH\b|PLC\b))")]
    private static partial Regex RegisteredName();

    [GeneratedRegex(@"\b(?:careers?|jobs?|menu|home|skip|log ?in|sign ?in|share|apply)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SiteChrome();

    [GeneratedRegex(@"\b(?:Inc|LLC|Ltd|Corporation|GmbH|PLC)\b")]
    private static partial Regex RegisteredSuffix();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\d.&'’ -]{1,38}$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^(?:the|this|our|us|you|your|we|it|a|an|least|times?|all|every|home|work|first|some|any|each|present|once)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotACompany();
}
