using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Ranking;

/// <summary>
/// Ranks resume texts against a posting with BM25 over two kinds of terms: words, and canonical
/// skills from the taxonomy (so "Postgres" in a resume meets "PostgreSQL" in a posting). Skill terms
/// weigh more, required skills most. Build once per resume set; each query is a scan of the index.
/// </summary>
public sealed class ResumeRanker
{
    private const string SkillPrefix = "§";
    private const double SkillWeight = 2.0;
    private const double RequiredSkillWeight = 3.0;
    private const double PreferredSkillWeight = 1.5;

    private readonly ISkillVocabulary _vocabulary;
    private readonly Bm25Index _index;

    public ResumeRanker(IReadOnlyList<string> resumeTexts, ISkillVocabulary? vocabulary = null)
    {
        _vocabulary = vocabulary ?? TaxonomySkillVocabulary.Default;
        _index = new Bm25Index(resumeTexts.Select(text => Terms(MojibakeRepair.Repair(text))).ToList());
    }

    public int Count => _index.Count;

    /// <summary>The <paramref name="top"/> best resumes, best first; ties keep input order.</summary>
    public IReadOnlyList<RankedResume> Rank(RankingQuery query, int top)
    {
        var weights = QueryWeights(query);
        return Enumerable.Range(0, _index.Count)
            .Select(i => new RankedResume(i, _index.Score(i, weights)))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Index)
            .Take(Math.Max(0, top))
            .ToList();
    }

    private IEnumerable<string> Terms(string text) =>
        RankingTerms.Words(text).Concat(_vocabulary.FindAll(text).Select(m => SkillPrefix + m.Canonical.ToLowerInvariant()));

    // Repeated words in a posting say what matters, but with diminishing returns: weight 1 + ln(count).
    private Dictionary<string, double> QueryWeights(RankingQuery query)
    {
        var text = MojibakeRepair.Repair(query.Text);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in RankingTerms.Words(text).GroupBy(w => w))
            weights[group.Key] = 1 + Math.Log(group.Count());
        foreach (var group in _vocabulary.FindAll(text).GroupBy(m => m.Canonical.ToLowerInvariant()))
            weights[SkillPrefix + group.Key] = SkillWeight * (1 + Math.Log(group.Count()));
        AddSkills(weights, query.RequiredSkills, RequiredSkillWeight);
        AddSkills(weights, query.PreferredSkills, PreferredSkillWeight);
        return weights;
    }

    private void AddSkills(Dictionary<string, double> weights, IEnumerable<string> skills, double weight)
    {
        foreach (var skill in skills)
        {
            var key = SkillPrefix + (_vocabulary.Canonicalize(skill) ?? skill).ToLowerInvariant();
            weights[key] = Math.Max(weights.GetValueOrDefault(key), weight);
        }
    }
}
