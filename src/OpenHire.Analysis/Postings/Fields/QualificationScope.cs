using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>A sentence of the qualifications, and whether it states a preference rather than a requirement.</summary>
internal readonly record struct Qualification(int Start, int Length, bool Preferred, bool IsHeading);

/// <summary>
/// The sentences a posting states requirements in: its required and preferred sections, each sentence marked
/// preferred when its section is or when it says "a plus", "preferred", "nice to have". A posting without such
/// sections is read from its other list items that speak of experience, skills or degrees.
/// </summary>
internal static partial class QualificationScope
{
    public static IReadOnlyList<Qualification> Of(SectionedDocument document)
    {
        var sections = document.Sections.Where(section => section.Kind is SectionKind.Required or SectionKind.Preferred).ToList();
        var fallback = sections.Count == 0;
        if (fallback)
        {
            sections = document.Sections.Where(section => section.Kind is SectionKind.Summary or SectionKind.Other or SectionKind.Details).ToList();
        }

        var result = new List<Qualification>();
        foreach (var section in sections)
        {
            var preferredSection = section.Kind == SectionKind.Preferred;
            if (section.Heading is { } heading && !fallback)
            {
                result.Add(new Qualification(heading.Start, heading.Length, preferredSection, IsHeading: true));
            }

            var blocks = fallback ? section.Items(document.Text).Where(block => RequirementCue().IsMatch(document.TextOf(block))) : section.Blocks;
            var preferredFromHere = preferredSection;
            foreach (var block in blocks)
            {
                // "Experience with the following is desired, but not required:" or a "Nice-to-have" line makes what follows preferred.
                var line = document.Text.AsSpan(block.Start, block.Length);
                var lineStatesPreference = StatesPreference(line);
                if (lineStatesPreference && (line.EndsWith(':') || line.Count(' ') <= 2))
                {
                    preferredFromHere = true;
                }

                foreach (var sentence in Sentences.Of(document.Text, block.Start, block.Length))
                {
                    var words = document.Text.AsSpan(sentence.Start, sentence.Length);
                    if (Boilerplate().IsMatch(words))
                    {
                        continue;
                    }

                    // A one-sentence line was checked for a preference just above.
                    var wholeLine = sentence.Start == block.Start && sentence.Length == block.Length;
                    var preferred = preferredFromHere || (wholeLine ? lineStatesPreference : StatesPreference(words));
                    result.Add(new Qualification(sentence.Start, sentence.Length, preferred, IsHeading: false));
                }
            }
        }

        AddLabelledQualifications(document, fallback ? [] : sections, result);
        return result;
    }

    /// <summary>"Qualifications: You are either a nurse practitioner or ..." states requirements on one line.</summary>
    private static void AddLabelledQualifications(SectionedDocument document, List<DocumentSection> included, List<Qualification> result)
    {
        foreach (var fact in document.Facts)
        {
            if (fact.Label.AsSpan().Count(' ') > 1 || included.Exists(section => fact.Start >= section.Start && fact.Start < section.End)
                || !SectionClassifier.MayStateQualifications(fact.Label))
            {
                continue;
            }

            var kind = SectionClassifier.Classify(fact.Label);
            if (kind is not (SectionKind.Required or SectionKind.Preferred))
            {
                continue;
            }

            foreach (var sentence in Sentences.Of(document.Text, fact.Start, fact.Length))
            {
                var preferred = kind == SectionKind.Preferred || StatesPreference(document.Text.AsSpan(sentence.Start, sentence.Length));
                result.Add(new Qualification(sentence.Start, sentence.Length, preferred, IsHeading: false));
            }
        }
    }

    /// <summary>"Python is a plus", "(ideally) ...", "Ideally, ...". Two patterns: one for the words anywhere, one for the openings.</summary>
    private static bool StatesPreference(ReadOnlySpan<char> text) => PreferenceWords().IsMatch(text) || PreferenceOpening().IsMatch(text);

    [GeneratedRegex(@"\b(?:preferred|prefer|a plus|are a plus|is a plus|nice[- ]to[- ]have|bonus|desirable|desired|advantageous|an advantage|would be great|good to have|not required|helpful)\b|\(ideally\)", RegexOptions.IgnoreCase)]
    private static partial Regex PreferenceWords();

    [GeneratedRegex(@"^\s*(?:ideally|advantage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreferenceOpening();

    /// <summary>Equal-opportunity and legal wording that sometimes sits inside a qualifications list.</summary>
    [GeneratedRegex(@"discriminat|equal (?:employment )?opportunity|protected (?:by|under|veteran|characteristic|class)|regardless of|without regard to", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\b(?:experience|experienced|proficien|knowledge|familiar|skills?|degree|required|must|understanding|expertise|fluent|certifi|licen[cs])", RegexOptions.IgnoreCase)]
    private static partial Regex RequirementCue();
}
