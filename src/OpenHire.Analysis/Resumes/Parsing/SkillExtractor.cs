using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>
/// Collects skills: every vocabulary term named anywhere, plus the items of skills sections the
/// vocabulary does not know (so "Mood boarding" survives), minus soft skills.
/// </summary>
internal static partial class SkillExtractor
{
    /// <summary>Mentions counted per skill; beyond this, repetition is keyword stuffing and earns nothing.</summary>
    public const int MentionCap = 10;

    private static readonly HashSet<string> SoftSkills = new(StringComparer.OrdinalIgnoreCase)
    {
        "leadership", "communication", "communication skills", "teamwork", "team work", "team player", "problem solving",
        "problem-solving", "time management", "critical thinking", "collaboration", "creativity", "adaptability",
        "attention to detail", "interpersonal skills", "interpersonal", "work ethic", "self-motivated", "multitasking",
        "organization", "organizational skills", "presentation skills", "negotiation", "decision making",
        "emotional intelligence", "flexibility", "hardworking", "quick learner", "fast learner", "analytical skills",
        "analytical thinking", "strong communication", "verbal communication", "written communication", "soft skills",
        "customer focus", "strategic thinking", "mentoring", "public speaking", "listening",
    };

    public sealed record Result(IReadOnlyList<(string Name, int Mentions)> Skills, IReadOnlyList<string> Stuffed);

    public static Result Extract(string text, IEnumerable<ResumeLine> skillSectionLines, IEnumerable<string> extraSkills, ISkillVocabulary vocabulary)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        void Add(string name)
        {
            if (SoftSkills.Contains(name)) return;
            if (!counts.TryGetValue(name, out var existing)) order.Add(name);
            counts[name] = existing + 1;
        }

        foreach (var mention in vocabulary.FindAll(text))
            if (ProseSkillFilter.CountsInProse(mention, text)) Add(mention.Canonical);
        foreach (var line in skillSectionLines)
        {
            // "Cloud computing: AWS, GCP" names a skill in its category label too.
            if (CategoryPrefix().Match(line.Text) is { Success: true } prefix && vocabulary.Canonicalize(prefix.Value.TrimEnd(' ', ':')) is { } category)
                Add(category);
            foreach (var item in SkillItems(line.Text))
            {
                var known = vocabulary.FindAll(item);
                if (vocabulary.Canonicalize(item) is { } canonical) Add(canonical);
                else if (known.Count > 0) foreach (var mention in known) Add(mention.Canonical);
                else if (IsPlausibleSkill(item)) Add(Capitalize(item));
            }
        }
        foreach (var extra in extraSkills) Add(vocabulary.Canonicalize(extra) ?? extra);

        var stuffed = order.Where(name => counts[name] > MentionCap * 2).ToList();
        var skills = order.Select(name => (name, Math.Min(counts[name], MentionCap))).ToList();
        return new Result(skills, stuffed);
    }

    /// <summary>"Frameworks: React, Node.js and Docker" → "React", "Node.js", "Docker".</summary>
    internal static IEnumerable<string> SkillItems(string line)
    {
        var text = CategoryPrefix().Replace(line, "");
        var inner = Parenthesised().Matches(text).Select(m => m.Groups[1].Value);
        text = Parenthesised().Replace(text, " ");
        char[] separators = [',', ';', '\u2022', '\u00B7', '|'];
        foreach (var group in text.Split(separators).Concat(inner.SelectMany(i => i.Split(separators))))
            foreach (var part in DistributeConjunction(group))
            {
                var item = Qualifier().Replace(part, "").Trim(' ', '.', ':', '-', '*');
                if (item.Length > 0) yield return item;
            }
    }

    // "Sales Forecasting & Analytics" is "Sales Forecasting" and "Sales Analytics"; "Java and J2EE" is two items.
    private static IEnumerable<string> DistributeConjunction(string group)
    {
        var parts = Conjunction().Split(group).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 2)
        {
            var leftWords = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var rightWords = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (leftWords.Length == 2 && rightWords.Length == 1 && char.IsUpper(rightWords[0][0]))
                return [parts[0], leftWords[0] + " " + parts[1]];
        }
        return parts;
    }

    private static bool IsPlausibleSkill(string item)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && item.Length <= 40 && item.Any(char.IsLetter)
            && !item.Any(c => c is ':' or '@') && !SoftSkills.Contains(item) && !NotASkill().IsMatch(item)
            && !item.EndsWith("communication", StringComparison.OrdinalIgnoreCase);
    }

    private static string Capitalize(string item) => char.ToUpperInvariant(item[0]) + item[1..];

    [GeneratedRegex(@"^[^:,]{2,40}:\s*")]
    private static partial Regex CategoryPrefix();

    [GeneratedRegex(@"\(([^)]*)\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s+(?:and|&)\s+|\s/\s", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"^(?:proficient|experienced|skilled|familiar|fluent|expert|strong|basic|advanced|working knowledge|knowledge)\s+(?:(?:in|with|of)\b)?\s*|\s+(?:basics|fundamentals|skills)$|\bversions?\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\b(years?|over|lines|native|fluent|intermediate|conversational|strong|excellent|good|etc|programming|languages|frameworks|libraries|tools|databases|platforms|familiar|others?|misc|various|graduate|undergraduate|asst|assistant)\b|\d{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex NotASkill();
}
