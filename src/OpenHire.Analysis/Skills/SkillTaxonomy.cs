namespace OpenHire.Analysis.Skills;

/// <summary>
/// The skill taxonomy: canonical skills with aliases, categories and relations, and a matcher that finds them
/// in text. Kept as JSON data (<c>Skills/Data/*.json</c>, one file per field of work); see docs/skills-taxonomy.md.
/// Immutable and thread-safe once built.
/// </summary>
public sealed class SkillTaxonomy
{
    private static readonly Lazy<SkillTaxonomy> DefaultTaxonomy = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Skill> bySpelling;
    private readonly SkillMatcher matcher;

    internal SkillTaxonomy(IReadOnlyList<Skill> skills, Dictionary<string, Skill> bySpelling, SkillMatcher matcher)
    {
        Skills = skills;
        this.bySpelling = bySpelling;
        this.matcher = matcher;
    }

    /// <summary>The taxonomy shipped with this library, loaded once on first use.</summary>
    public static SkillTaxonomy Default => DefaultTaxonomy.Value;

    /// <summary>Every skill, in the order of the data files.</summary>
    public IReadOnlyList<Skill> Skills { get; }

    /// <summary>The distinct categories, in the order they first appear.</summary>
    public IEnumerable<string> Categories => Skills.Select(skill => skill.Category).Distinct();

    /// <summary>Builds a taxonomy from data files in the format of <c>Skills/Data/*.json</c>.</summary>
    /// <exception cref="InvalidDataException">A file is malformed, a name is defined twice, or a relation names an unknown skill.</exception>
    public static SkillTaxonomy Load(IEnumerable<Stream> dataFiles) => SkillTaxonomyLoader.Load(dataFiles);

    /// <summary>Finds a skill by its canonical name or any alias, ignoring case and punctuation ("postgres", "k8s", "CI / CD").</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Skill? skill)
    {
        skill = null;
        return !string.IsNullOrWhiteSpace(name) && bySpelling.TryGetValue(SpellingKey(name), out skill);
    }

    /// <summary>The canonical name of a skill if <paramref name="name"/> is one of its spellings, otherwise <paramref name="name"/> trimmed.</summary>
    public string Canonicalize(string name) => TryGet(name, out var skill) ? skill.Name : name.Trim();

    /// <summary>
    /// Finds skills mentioned in <paramref name="text"/>, left to right, without overlaps, the longest spelling
    /// first. Names that are also English words ("Go", "R", "Swift", "Excel") need their usual case and,
    /// where ambiguous, a neighbouring skill or a hint such as "language" (see <see cref="SkillMatchRule"/>).
    /// </summary>
    public IReadOnlyList<SkillMatch> Find(string text) => matcher.Find(text);

    /// <summary>The distinct skills mentioned in <paramref name="text"/>, in order of first mention.</summary>
    public IReadOnlyList<Skill> FindDistinct(string text) =>
        Find(text).Select(match => match.Skill).Distinct().ToList();

    /// <summary>The key two spellings share when they differ only in case, punctuation, spacing or a plural "s".</summary>
    internal static string SpellingKey(string spelling)
    {
        var tokens = SkillTokenizer.Tokenize(spelling);
        Span<char> buffer = stackalloc char[64];
        var parts = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            parts[i] = buffer[..SkillTokenizer.Normalize(spelling.AsSpan(tokens[i].Start, tokens[i].Length), buffer)].ToString();
        }

        return string.Join(' ', parts);
    }

    private static SkillTaxonomy LoadEmbedded()
    {
        var assembly = typeof(SkillTaxonomy).Assembly;
        const string prefix = "OpenHire.Analysis.Skills.Data.";
        var names = assembly.GetManifestResourceNames().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var streams = names.Select(name => assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded resource {name} is missing.")).ToList();
        try
        {
            return Load(streams);
        }
        finally
        {
            streams.ForEach(stream => stream.Dispose());
        }
    }
}
