using OpenHire.Analysis.Skills;

namespace OpenHire.Analysis.Resumes.Skills;

/// <summary>The shared <see cref="SkillTaxonomy"/> seen through <see cref="ISkillVocabulary"/>, with reverse relation indexes.</summary>
public sealed class TaxonomySkillVocabulary : ISkillVocabulary
{
    private static readonly Lazy<TaxonomySkillVocabulary> DefaultVocabulary = new(() => new TaxonomySkillVocabulary(SkillTaxonomy.Default));

    private readonly SkillTaxonomy _taxonomy;
    private readonly Dictionary<string, string[]> _impliedBy;
    private readonly Dictionary<string, string[]> _related;

    public TaxonomySkillVocabulary(SkillTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        var impliedBy = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var related = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var skill in taxonomy.Skills)
        {
            foreach (var implied in skill.WithImplied().Where(s => s != skill))
                SetFor(impliedBy, implied.Name).Add(skill.Name);
            foreach (var other in skill.Related)
            {
                SetFor(related, skill.Name).Add(other.Name);
                SetFor(related, other.Name).Add(skill.Name);
            }
        }
        _impliedBy = impliedBy.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _related = related.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The vocabulary over the taxonomy shipped with this library.</summary>
    public static TaxonomySkillVocabulary Default => DefaultVocabulary.Value;

    public IReadOnlyList<SkillMention> FindAll(string text) =>
        _taxonomy.Find(text).Select(m => new SkillMention(m.Skill.Name, m.Start, m.Length)).ToList();

    public string? Canonicalize(string phrase) => _taxonomy.TryGet(phrase, out var skill) ? skill.Name : null;

    public IReadOnlyCollection<string> ImpliedBy(string canonical) => _impliedBy.GetValueOrDefault(canonical) ?? [];

    public IReadOnlyCollection<string> Related(string canonical) => _related.GetValueOrDefault(canonical) ?? [];

    private static HashSet<string> SetFor(Dictionary<string, HashSet<string>> map, string key)
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return set;
    }
}
