using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Postings.Document;

/// <summary>Names the kind of a section from its heading ("What We Offer" is benefits, "Nice to have" preferred).</summary>
internal static partial class SectionClassifier
{
    // Order matters: the first rule that matches wins, so narrower kinds come before the broad words of later ones.
    private static readonly (Regex Pattern, SectionKind Kind)[] Rules =
    [
        (EqualOpportunity(), SectionKind.EqualOpportunity),
        (HowToApply(), SectionKind.HowToApply),
        (Preferred(), SectionKind.Preferred),
        (Benefits(), SectionKind.Benefits),
        (TechStack(), SectionKind.TechStack),
        (Summary(), SectionKind.Summary),
        (Logistics(), SectionKind.Details),
        (Responsibilities(), SectionKind.Responsibilities),
        (Required(), SectionKind.Required),
        (Culture(), SectionKind.Culture),
        (Company(), SectionKind.Company),
    ];

    public static SectionKind Classify(string heading)
    {
        foreach (var (pattern, kind) in Rules)
        {
            if (pattern.IsMatch(heading))
            {
                return kind;
            }
        }

        return SectionKind.Other;
    }

    /// <summary>
    /// Whether <see cref="Classify"/> could name <paramref name="heading"/> required or preferred: two patterns
    /// instead of up to eleven, for callers that want only those kinds.
    /// </summary>
    public static bool MayStateQualifications(string heading) => Preferred().IsMatch(heading) || Required().IsMatch(heading);

    /// <summary>Kinds a two- or three-word line names by itself ("Nice-to-have", "Perks"); "Excellent skills" is not a heading.</summary>
    public static bool IsShortHeadingKind(SectionKind kind) =>
        kind is SectionKind.Preferred or SectionKind.Benefits or SectionKind.TechStack or SectionKind.HowToApply or SectionKind.Responsibilities;

    /// <summary>Sections whose list items are counted or read for skills: an intro line inside them does not end them.</summary>
    public static bool IsList(SectionKind kind) =>
        kind is SectionKind.Responsibilities or SectionKind.Required or SectionKind.Preferred or SectionKind.Benefits or SectionKind.TechStack;

    [GeneratedRegex(@"equal (employment )?opportunit|\beeo\b|discriminat|diversity|inclusion|affirmative action|accommodation", RegexOptions.IgnoreCase)]
    private static partial Regex EqualOpportunity();

    [GeneratedRegex(@"^(how )?to apply|how to apply|apply now|application process|applying|interested\??$|next steps|ready to apply|^apply\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowToApply();

    [GeneratedRegex(@"prefer|nice[- ]to[- ]ha(ve|ves)|bonus|\bplus(es)?\b|desir(ed|able)|extra credit|would be great|good to have|not required|advantage|pluses|ideally", RegexOptions.IgnoreCase)]
    private static partial Regex Preferred();

    [GeneratedRegex(@"benefit(?!s? administration)|perk|what we offer|we offer|offer you|why join|why work|what you(['’]ll| will)? get(?! to do)|in it for you|rewards|our offer|why you(['’]ll| will) love|why us\b|what we provide|we provide", RegexOptions.IgnoreCase)]
    private static partial Regex Benefits();

    [GeneratedRegex(@"\b(tech|technology|technical|our|the) stack|technologies (we|you'll|you will) use|tools (we|you'll|you will) use|tech we use|technology we use|our tools|our technolog", RegexOptions.IgnoreCase)]
    private static partial Regex TechStack();

    [GeneratedRegex(@"about (the|this) (role|job|position|opportunity)|^(the )?role\b|role summary|position summary|job summary|^summary|overview|description|(the|your) opportunity|^the position|job details", RegexOptions.IgnoreCase)]
    private static partial Regex Summary();

    [GeneratedRegex(@"schedule|availability|location|salary|pay range|compensation|pay transparency|hours|employment type|job type|travel|start date|basic information|key facts|details", RegexOptions.IgnoreCase)]
    private static partial Regex Logistics();

    [GeneratedRegex(@"responsibilit|duties|what you(['’]ll| will)( be)? (do|doing|achieve|work on|own)|what you can expect|day[- ]to[- ]day|your (role|mission|impact)|the impact|objective|in this role|accountabilit|the work\b|here is what you|job functions|essential functions|\btasks\b|your work|you will\b|who will\b|what the job involves", RegexOptions.IgnoreCase)]
    private static partial Regex Responsibilities();

    [GeneratedRegex(@"requirement|qualification|required|must[- ]have|need to have|you(['’]ll)? need|look(ing)? for|what you(['’]ll)? (bring|need|have)|you (have|bring|are)\b|who you are|about you|your (background|experience|skills|profile)|skills|experience|competenc|knowledge|abilities|minimum|candidate|fit (right )?in|you(['’]ll)? (thrive|succeed)|you(['’]re| are) (a|an)\b|you should|you must|to be successful|what it takes|education|credential|certification|licens", RegexOptions.IgnoreCase)]
    private static partial Regex Required();

    [GeneratedRegex(@"culture|values|life at|how we work|fun facts|working at|our team|the team", RegexOptions.IgnoreCase)]
    private static partial Regex Culture();

    [GeneratedRegex(@"^about\b|company|who we are|our story|our mission|^why\b", RegexOptions.IgnoreCase)]
    private static partial Regex Company();
}
