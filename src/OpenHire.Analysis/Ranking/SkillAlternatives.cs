using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Ranking;

/// <summary>
/// Finds the skills a requirement line offers as alternatives, any one of which meets it:
/// "a backend framework (Django, FastAPI, or Flask)", "relational databases (PostgreSQL, MySQL)",
/// "Go or Rust". A candidate who knows Django is not missing Flask.
/// </summary>
public static class SkillAlternatives
{
    /// <summary>The groups of canonical skill names in <paramref name="lines"/>, in order of appearance, each with two or more members.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IEnumerable<string> lines, ISkillVocabulary vocabulary)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var line in lines)
        {
            var mentions = vocabulary.FindAll(line).OrderBy(m => m.Index).ToList();
            if (mentions.Count < 2) continue;
            var grouped = new HashSet<int>();
            FindParenthesized(line, mentions, grouped, groups);
            FindOrLists(line, mentions, grouped, groups);
        }
        return groups;
    }

    /// <summary>
    /// Skills listed in parentheses are examples of one need; so is the skill right before them
    /// when it names the kind: "message queues (RabbitMQ, Kafka, or SQS)".
    /// </summary>
    static void FindParenthesized(string line, List<SkillMention> mentions, HashSet<int> grouped, List<IReadOnlyList<string>> groups)
    {
        for (var open = line.IndexOf('('); open >= 0; open = line.IndexOf('(', open + 1))
        {
            var close = line.IndexOf(')', open);
            if (close < 0) return;
            var members = new List<int>();
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                var end = mention.Index + mention.Length;
                if (mention.Index > open && end <= close) members.Add(m);
                else if (end <= open && line.AsSpan(end, open - end).IsWhiteSpace()) members.Insert(0, m);
            }
            Add(members, mentions, grouped, groups);
        }
    }

    /// <summary>Skills joined by "or" or a slash, with nothing else between them: "Go or Rust", "Java, Kotlin, or Scala".</summary>
    static void FindOrLists(string line, List<SkillMention> mentions, HashSet<int> grouped, List<IReadOnlyList<string>> groups)
    {
        var run = new List<int> { 0 };
        var hasOr = false;
        for (var m = 1; m <= mentions.Count; m++)
        {
            var joined = false;
            if (m < mentions.Count)
            {
                var previousEnd = mentions[m - 1].Index + mentions[m - 1].Length;
                var between = previousEnd <= mentions[m].Index ? line[previousEnd..mentions[m].Index] : null;
                if (between is not null && Separator(between) is { } separator)
                {
                    joined = true;
                    hasOr |= separator;
                    run.Add(m);
                }
            }
            if (joined) continue;
            if (hasOr) Add(run, mentions, grouped, groups);
            run = [m];
            hasOr = false;
        }
    }

    /// <summary>Whether the text between two skills only separates them: true for "or" or "/", false for a comma, null for anything else.</summary>
    static bool? Separator(string between)
    {
        var words = between.Replace(",", " , ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var hasOr = false;
        foreach (var word in words)
        {
            if (word is "or" or "/" or "and/or") hasOr = true;
            else if (word != ",") return null;
        }
        return hasOr;
    }

    static void Add(List<int> members, List<SkillMention> mentions, HashSet<int> grouped, List<IReadOnlyList<string>> groups)
    {
        var fresh = members.Where(grouped.Add).Select(m => mentions[m].Canonical).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (fresh.Count >= 2) groups.Add(fresh);
    }
}
