namespace OpenHire.Analysis.Resumes.Skills;

/// <summary>
/// A few hundred common skills with aliases, matched as whole word sequences. Interim: it stands in
/// for the shared SkillTaxonomy until that lands, behind <see cref="ISkillVocabulary"/>.
/// </summary>
public sealed partial class InterimSkillCatalog : ISkillVocabulary
{
    private const int MaxPhraseWords = 5;

    public static InterimSkillCatalog Instance { get; } = new();

    private readonly Dictionary<string, string> _caseInsensitive = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _caseSensitive = new(StringComparer.Ordinal);

    private InterimSkillCatalog()
    {
        foreach (var rawLine in Lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var names = rawLine.Split('|');
            var canonical = names[0].TrimStart('!');
            var hasExactForm = names.Any(n => n.StartsWith('!') && string.Equals(n[1..], canonical, StringComparison.OrdinalIgnoreCase));
            if (!hasExactForm) _caseInsensitive.TryAdd(Key(canonical), canonical);
            foreach (var alias in names.Skip(1))
            {
                if (alias.StartsWith('!')) _caseSensitive.TryAdd(Key(alias[1..]), canonical);
                else _caseInsensitive.TryAdd(Key(alias), canonical);
            }
        }
    }

    public IReadOnlyList<SkillMention> FindAll(string text)
    {
        var tokens = SkillTokenizer.Tokenize(text).ToList();
        var mentions = new List<SkillMention>();
        for (var i = 0; i < tokens.Count;)
        {
            var matched = 0;
            for (var n = Math.Min(MaxPhraseWords, tokens.Count - i); n >= 1 && matched == 0; n--)
            {
                var key = string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Text));
                if (TryLookup(key, out var canonical))
                {
                    var end = tokens[i + n - 1].Index + tokens[i + n - 1].Length;
                    mentions.Add(new SkillMention(canonical, tokens[i].Index, end - tokens[i].Index));
                    matched = n;
                }
            }
            i += Math.Max(matched, 1);
        }
        return mentions;
    }

    public string? Canonicalize(string phrase) => TryLookup(Key(phrase), out var canonical) ? canonical : null;

    // Plurals ("3D visualizations", "microcontrollers") fall back to the singular of the last word.
    private bool TryLookup(string key, out string canonical)
    {
        if (_caseSensitive.TryGetValue(key, out canonical!) || _caseInsensitive.TryGetValue(key, out canonical!)) return true;
        return key.Length > 3 && key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal)
            && _caseInsensitive.TryGetValue(key[..^1], out canonical!);
    }

    public IReadOnlyCollection<string> ImpliedBy(string canonical) => InterimSkillRelations.ImpliedBy(canonical);

    public IReadOnlyCollection<string> Related(string canonical) => InterimSkillRelations.Related(canonical);

    private static string Key(string phrase) => string.Join(' ', SkillTokenizer.Tokenize(phrase).Select(t => t.Text));
}
