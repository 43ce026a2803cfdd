namespace OpenHire.Analysis.Skills;

/// <summary>
/// Finds skills in text with a trie over normalised words: one dictionary look-up per word and step,
/// whatever the number of skills, and the longest spelling wins ("Google Cloud Platform" over "Google").
/// </summary>
internal sealed class SkillMatcher
{
    private const int MaxGapBetweenWords = 3;
    private const int ContextWindow = 5;

    /// <summary>Words on either side that mark a name as a skill: "Go programming", "R language".</summary>
    private static readonly HashSet<string> HintsAround = new(StringComparer.OrdinalIgnoreCase)
    {
        "language", "languages", "programming", "lang", "developer", "developers", "engineer", "engineers",
        "coding", "code", "scripting", "development", "experience", "proficiency", "proficient", "skills",
        "knowledge", "stack",
    };

    /// <summary>Words just before a name that mark it as a skill: "experience in Go", "working with R".</summary>
    private static readonly HashSet<string> HintsBefore = new(StringComparer.OrdinalIgnoreCase) { "in", "with", "using", "of" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HintsAroundBySpan = HintsAround.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HintsBeforeBySpan = HintsBefore.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Node root = new();

    public void Add(Skill skill, string spelling, SkillMatchRule rule)
    {
        var words = SkillTokenizer.Tokenize(spelling);
        if (words.Count == 0)
        {
            throw new InvalidDataException($"Skill '{skill.Name}' has a spelling without letters or digits: '{spelling}'.");
        }

        var node = root;
        Span<char> buffer = stackalloc char[64];
        var exactWords = new string[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            var word = spelling.AsSpan(words[w].Start, words[w].Length);
            exactWords[w] = word.ToString();
            var key = buffer[..SkillTokenizer.Normalize(word, buffer)].ToString();
            node = node.Child(key);
        }

        node.Add(new Spelling(skill, exactWords, rule));
    }

    public IReadOnlyList<SkillMatch> Find(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var tokens = SkillTokenizer.Tokenize(text);
        var candidates = new List<Candidate>();
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < tokens.Count)
        {
            var best = LongestAt(text, tokens, i, buffer);
            if (best is { } found)
            {
                candidates.Add(found);
                i = found.LastToken + 1;
            }
            else
            {
                i++;
            }
        }

        return KeepSupported(text, tokens, candidates);
    }

    private Candidate? LongestAt(string text, List<SkillToken> tokens, int first, Span<char> buffer)
    {
        Candidate? best = null;
        var node = root;
        for (var t = first; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (t > first && !Adjacent(text, tokens[t - 1], token))
            {
                break;
            }

            var key = buffer[..SkillTokenizer.Normalize(text.AsSpan(token.Start, token.Length), buffer)];
            if (node.Children is null || !node.ChildrenBySpan.TryGetValue(key, out var next))
            {
                break;
            }

            node = next;
            if (node.Spellings is null)
            {
                continue;
            }

            foreach (var spelling in node.Spellings)
            {
                if (spelling.Rule == SkillMatchRule.Anywhere || SameCase(text, tokens, first, spelling.ExactWords))
                {
                    best = new Candidate(spelling.Skill, spelling.Rule, first, t);
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Words of one spelling must sit on one line, separated by at most a few spaces or symbols.</summary>
    private static bool Adjacent(string text, SkillToken previous, SkillToken next)
    {
        var gap = next.Start - previous.End;
        if (gap > MaxGapBetweenWords || previous.Line != next.Line)
        {
            return false;
        }

        for (var c = previous.End; c < next.Start; c++)
        {
            if (text[c] is ',' or ';' or '(' or ')' or ':' || (text[c] == '.' && char.IsWhiteSpace(text, Math.Min(c + 1, text.Length - 1))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameCase(string text, List<SkillToken> tokens, int first, string[] exactWords)
    {
        for (var w = 0; w < exactWords.Length; w++)
        {
            var token = tokens[first + w];
            var word = text.AsSpan(token.Start, token.Length);
            var expected = exactWords[w].AsSpan();
            // "APIs" against "API": a plural "s" is the only difference allowed.
            if (!word.SequenceEqual(expected) && !(word.Length == expected.Length + 1 && word.StartsWith(expected) && word[^1] == 's'))
            {
                return false;
            }
        }

        return true;
    }

    private static List<SkillMatch> KeepSupported(string text, List<SkillToken> tokens, List<Candidate> candidates)
    {
        var matches = new List<SkillMatch>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var firstToken = tokens[candidate.FirstToken];
            var lastToken = tokens[candidate.LastToken];
            var needsContext = candidate.Rule == SkillMatchRule.WithContext
                || (candidate.Rule == SkillMatchRule.ExactCase && firstToken.StartsSentence);
            if (candidate.Rule != SkillMatchRule.Anywhere && lastToken.JoinedToNext)
            {
                continue; // "Go-to-market", "R&D"
            }

            if (needsContext && !IsWholeLine(text, firstToken, lastToken) && !HasContext(text, tokens, candidates, c))
            {
                continue;
            }

            matches.Add(new SkillMatch(candidate.Skill, firstToken.Start, lastToken.End - firstToken.Start));
        }

        return matches;
    }

    /// <summary>A line that holds nothing but the name ("DOM" as one entry of a list) names the skill.</summary>
    private static bool IsWholeLine(string text, SkillToken first, SkillToken last)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, first.Start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', last.End);
        var before = text.AsSpan(lineStart, first.Start - lineStart);
        var after = text.AsSpan(last.End, (lineEnd < 0 ? text.Length : lineEnd) - last.End);
        return !ContainsLetterOrDigit(before) && !ContainsLetterOrDigit(after);
    }

    private static bool ContainsLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasContext(string text, List<SkillToken> tokens, List<Candidate> candidates, int index)
    {
        var candidate = candidates[index];
        var line = tokens[candidate.FirstToken].Line;
        for (var other = Math.Max(0, index - 3); other < Math.Min(candidates.Count, index + 4); other++)
        {
            if (other != index
                && tokens[candidates[other].FirstToken].Line == line
                && Math.Abs(candidates[other].FirstToken - candidate.FirstToken) <= ContextWindow)
            {
                return true;
            }
        }

        for (var t = Math.Max(0, candidate.FirstToken - 2); t <= Math.Min(tokens.Count - 1, candidate.LastToken + 2); t++)
        {
            var token = tokens[t];
            if (t >= candidate.FirstToken && t <= candidate.LastToken || token.Line != line)
            {
                continue;
            }

            var word = text.AsSpan(token.Start, token.Length);
            if (HintsAroundBySpan.Contains(word) || (t == candidate.FirstToken - 1 && HintsBeforeBySpan.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Spelling(Skill Skill, string[] ExactWords, SkillMatchRule Rule);

    private readonly record struct Candidate(Skill Skill, SkillMatchRule Rule, int FirstToken, int LastToken);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; private set; }

        /// <summary>The children looked up by a span of the text, without making a string.</summary>
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> ChildrenBySpan { get; private set; }

        public List<Spelling>? Spellings { get; private set; }

        public Node Child(string key)
        {
            if (Children is null)
            {
                Children = new Dictionary<string, Node>(StringComparer.Ordinal);
                ChildrenBySpan = Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!Children.TryGetValue(key, out var child))
            {
                child = new Node();
                Children.Add(key, child);
            }

            return child;
        }

        public void Add(Spelling spelling)
        {
            Spellings ??= [];
            if (!Spellings.Exists(existing => ReferenceEquals(existing.Skill, spelling.Skill) && existing.ExactWords.SequenceEqual(spelling.ExactWords)))
            {
                Spellings.Add(spelling);
            }
        }
    }
}
