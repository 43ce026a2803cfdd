using System.Text.RegularExpressions;
using OpenHire.Analysis.Lint.Data;
using OpenHire.Analysis.Skills;

namespace OpenHire.Analysis.Lint.Rules;

/// <summary>
/// "15+ years of Kubernetes" when Kubernetes shipped in 2014: nobody qualifies, and it tells applicants the
/// posting was not written with care. Release years come from <c>technology-release-years.json</c>.
/// </summary>
internal sealed partial class ImpossibleExperienceRule : ILintRule
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["twenty"] = 20,
    };

    public void Check(LintDocument document, List<LintFinding> findings)
    {
        var texts = document.TextsOf(JobField.RequiredQualifications).Concat(document.TextsOf(JobField.PreferredQualifications));
        foreach (var text in texts)
        {
            foreach (var claim in ExperienceClaims(text.Text))
            {
                if (Judge(claim, document.AsOf) is { } verdict)
                {
                    findings.Add(text.Finding(verdict.RuleId, verdict.Severity, verdict.Message, verdict.Suggestion, claim.Start, claim.Length));
                }
            }
        }
    }

    /// <summary>Each "N years of X" (and "X (N+ years)") in a text, for the skills X that have a known release year.</summary>
    private static IEnumerable<ExperienceClaim> ExperienceClaims(string text)
    {
        var years = YearsPhrase().Matches(text);
        if (years.Count == 0)
        {
            yield break;
        }

        var skills = SkillTaxonomy.Default.Find(text).Where(match => LintData.TechnologyReleases.ContainsKey(match.Skill.Name)).ToList();
        for (var index = 0; index < years.Count; index++)
        {
            var phrase = years[index];
            var count = YearsOf(phrase);
            if (phrase.Groups["closing"].Success)
            {
                // "Rust (8+ years)": the skill right before the parenthesis.
                if (SkillBefore(text, phrase.Index, skills) is { } before)
                {
                    yield return new ExperienceClaim(count, before.Skill.Name, before.Start, phrase.Index + phrase.Length - before.Start);
                }

                continue;
            }

            var clauseEnd = ClauseEnd(text, phrase.Index + phrase.Length, index + 1 < years.Count ? years[index + 1].Index : text.Length);
            foreach (var skill in skills.Where(skill => skill.Start >= phrase.Index + phrase.Length && skill.End <= clauseEnd))
            {
                yield return new ExperienceClaim(count, skill.Skill.Name, phrase.Index, skill.End - phrase.Index);
            }
        }
    }

    /// <summary>
    /// The skill named just before <paramref name="end"/>. The matcher wants context for a capitalised word such as
    /// "Rust" opening an item; "(8+ years)" is that context, so the words before it are also looked up directly.
    /// </summary>
    private static SkillMatch? SkillBefore(string text, int end, List<SkillMatch> skills)
    {
        var found = skills.LastOrDefault(skill => skill.End <= end && string.IsNullOrWhiteSpace(text[skill.End..end]));
        if (found.Skill is not null)
        {
            return found;
        }

        if (end == 0)
        {
            return null;
        }

        var segmentStart = text.LastIndexOfAny([',', ';', ':', '.', '\n', '(', ')'], end - 1) + 1;
        var name = text[segmentStart..end].Trim();
        var start = end - text[segmentStart..end].TrimStart().Length;
        return SkillTaxonomy.Default.TryGet(name, out var skill) && LintData.TechnologyReleases.ContainsKey(skill.Name)
            ? new SkillMatch(skill, start, name.Length)
            : null;
    }

    private static int YearsOf(Match phrase) =>
        phrase.Groups["digits"].Success ? int.Parse(phrase.Groups["digits"].ValueSpan) : NumberWords[phrase.Groups["word"].Value];

    /// <summary>The years apply up to the end of the clause: a sentence end, a bracket, a colon or a turn such as "including" or ", with".</summary>
    private static int ClauseEnd(string text, int from, int limit)
    {
        var stop = ClauseStop().Match(text, from, limit - from);
        return stop.Success ? stop.Index : limit;
    }

    private static Verdict? Judge(ExperienceClaim claim, DateOnly asOf)
    {
        var release = LintData.TechnologyReleases[claim.Skill];
        var sinceFirst = asOf.Year - release.FirstRelease;
        if (claim.Years > sinceFirst)
        {
            return new Verdict("experience.impossible", LintSeverity.Error,
                $"{claim.Years} years of {claim.Skill} is impossible: it was first released in {release.FirstRelease}, {sinceFirst} years before {asOf.Year}.",
                $"Ask for at most {Math.Max(sinceFirst, 1)} years of {claim.Skill}, or for years of the broader discipline.");
        }

        if (release.StableRelease is { } stable && claim.Years > asOf.Year - stable)
        {
            var sinceStable = asOf.Year - stable;
            return new Verdict("experience.unlikely", LintSeverity.Warning,
                $"{claim.Years} years of {claim.Skill} predates its 1.0 or general release in {stable} ({sinceStable} years before {asOf.Year}); almost nobody qualifies.",
                $"Ask for at most {Math.Max(sinceStable, 1)} years of {claim.Skill}.");
        }

        return null;
    }

    private readonly record struct ExperienceClaim(int Years, string Skill, int Start, int Length);

    private sealed record Verdict(string RuleId, LintSeverity Severity, string Message, string Suggestion);

    /// <summary>"5+ years", "7 yrs", "3-5 years'", "five years", and "(8+ years)" after a skill.</summary>
    [GeneratedRegex(@"(?<opening>\(\s*)?(?<![\w.])(?:(?<digits>\d{1,2})|(?<word>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty))\s*(?:\+|plus\b)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b['’]?(?(opening)(?:\s*(?:of\s+)?(?:experience|exp\.?))?\s*(?<closing>\))|)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsPhrase();

    [GeneratedRegex(@"[;:()\[\]\n]|\.(?=\s|$)|,\s*(?:with|and|plus|of which)\b|\b(?:including|especially|ideally|preferably|such as|e\.g\.|as well as|and\s+\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStop();
}
