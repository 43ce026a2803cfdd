using System.Text.Json;

namespace OpenHire.Analysis.Skills;

/// <summary>
/// Reads taxonomy data files: <c>{"categories": {"Databases": ["MySQL", {"name": "PostgreSQL", "aliases": ["Postgres"],
/// "implies": [], "related": ["SQL"], "match": "anywhere|case|context"}]}}</c>. An alias is a string or
/// <c>{"spelling": "Access", "match": "case"}</c>. Relations name skills by any spelling, in any file.
/// </summary>
internal static class SkillTaxonomyLoader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static SkillTaxonomy Load(IEnumerable<Stream> dataFiles)
    {
        var entries = dataFiles.SelectMany(ReadFile).ToList();
        var bySpelling = new Dictionary<string, Skill>(StringComparer.Ordinal);
        var matcher = new SkillMatcher();
        foreach (var entry in entries)
        {
            foreach (var (spelling, rule) in entry.Spellings)
            {
                var key = SkillTaxonomy.SpellingKey(spelling);
                if (bySpelling.TryGetValue(key, out var existing) && !ReferenceEquals(existing, entry.Skill))
                {
                    throw new InvalidDataException($"'{spelling}' of '{entry.Skill.Name}' is already a spelling of '{existing.Name}'.");
                }

                bySpelling[key] = entry.Skill;
                matcher.Add(entry.Skill, spelling, rule);
            }
        }

        // Only once every written spelling has its owner can lower-case extras take what is left.
        foreach (var entry in entries)
        {
            foreach (var lower in LowerCaseForms(entry.Spellings))
            {
                if (bySpelling.TryAdd(SkillTaxonomy.SpellingKey(lower), entry.Skill))
                {
                    matcher.Add(entry.Skill, lower, SkillMatchRule.Anywhere);
                }
            }
        }

        foreach (var entry in entries)
        {
            entry.Skill.Link(Resolve(entry.Skill, entry.Implies, bySpelling), Resolve(entry.Skill, entry.Related, bySpelling));
        }

        return new SkillTaxonomy(entries.Select(entry => entry.Skill).ToList(), bySpelling, matcher);
    }

    private static IEnumerable<Entry> ReadFile(Stream file)
    {
        using var document = JsonDocument.Parse(file, Options);
        if (!document.RootElement.TryGetProperty("categories", out var categories) || categories.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("A skill data file needs a \"categories\" object.");
        }

        var entries = new List<Entry>();
        foreach (var category in categories.EnumerateObject())
        {
            foreach (var element in category.Value.EnumerateArray())
            {
                entries.Add(ReadEntry(element, category.Name));
            }
        }

        return entries;
    }

    /// <summary>
    /// "NodeJS" keeps its capital "S" as a letter, but "nodejs" reads as a plural of "nodej": so a spelling
    /// ending in a capital letter and "S" is also listed in lower case.
    /// </summary>
    private static IEnumerable<string> LowerCaseForms(List<(string Spelling, SkillMatchRule Rule)> spellings) =>
        spellings.Where(spelling => spelling.Rule == SkillMatchRule.Anywhere && spelling.Spelling.Length > 2
                && spelling.Spelling[^1] == 'S' && char.IsUpper(spelling.Spelling[^2]))
            .Select(spelling => spelling.Spelling.ToLowerInvariant())
            .Where(lower => SkillTaxonomy.SpellingKey(lower) != SkillTaxonomy.SpellingKey(lower.ToUpperInvariant()));

    private static Entry ReadEntry(JsonElement entry, string category)
    {
        if (entry.ValueKind == JsonValueKind.String)
        {
            var name = entry.GetString()!.Trim();
            return new Entry(new Skill(name, category, [], SkillMatchRule.Anywhere), [(name, SkillMatchRule.Anywhere)], [], []);
        }

        var skillName = entry.TryGetProperty("name", out var nameElement) ? nameElement.GetString()?.Trim() : null;
        if (string.IsNullOrEmpty(skillName))
        {
            throw new InvalidDataException($"A skill in '{category}' has no name.");
        }

        var rule = ReadRule(entry, skillName);
        var spellings = new List<(string Spelling, SkillMatchRule Rule)> { (skillName, rule) };
        if (entry.TryGetProperty("aliases", out var aliases))
        {
            foreach (var alias in aliases.EnumerateArray())
            {
                spellings.Add(alias.ValueKind == JsonValueKind.String
                    ? (alias.GetString()!.Trim(), SkillMatchRule.Anywhere)
                    : (alias.GetProperty("spelling").GetString()!.Trim(), ReadRule(alias, skillName)));
            }
        }

        var skill = new Skill(skillName, category, spellings.Skip(1).Select(spelling => spelling.Spelling).ToList(), rule);
        return new Entry(skill, spellings, Strings(entry, "implies"), Strings(entry, "related"));
    }

    private static SkillMatchRule ReadRule(JsonElement element, string skillName) =>
        element.TryGetProperty("match", out var match)
            ? match.GetString() switch
            {
                "anywhere" => SkillMatchRule.Anywhere,
                "case" => SkillMatchRule.ExactCase,
                "context" => SkillMatchRule.WithContext,
                var other => throw new InvalidDataException($"Skill '{skillName}' has an unknown match rule '{other}'."),
            }
            : SkillMatchRule.Anywhere;

    private static string[] Strings(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var values) ? values.EnumerateArray().Select(value => value.GetString()!).ToArray() : [];

    private static List<Skill> Resolve(Skill skill, string[] names, Dictionary<string, Skill> bySpelling) =>
        names.Select(name => bySpelling.TryGetValue(SkillTaxonomy.SpellingKey(name), out var target)
                ? target
                : throw new InvalidDataException($"Skill '{skill.Name}' relates to unknown skill '{name}'."))
            .Distinct()
            .ToList();

    private sealed record Entry(Skill Skill, List<(string Spelling, SkillMatchRule Rule)> Spellings, string[] Implies, string[] Related);
}
