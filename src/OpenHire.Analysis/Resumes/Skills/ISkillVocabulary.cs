namespace OpenHire.Analysis.Resumes.Skills;

/// <summary>A skill name found in text, with where it was found.</summary>
public readonly record struct SkillMention(string Canonical, int Index, int Length);

/// <summary>
/// The skills vocabulary resume reading and ranking rely on: finds skill mentions in text and
/// maps a written phrase to its canonical name. <see cref="TaxonomySkillVocabulary"/> backs it with the
/// shared SkillTaxonomy; tests may pass a small vocabulary of their own.
/// </summary>
public interface ISkillVocabulary
{
    IReadOnlyList<SkillMention> FindAll(string text);

    /// <summary>The canonical name of a whole phrase ("postgres" → "PostgreSQL"), or null when it is not a known skill.</summary>
    string? Canonicalize(string phrase);

    /// <summary>Skills whose use proves <paramref name="canonical"/> too: EKS and OpenShift imply Kubernetes.</summary>
    IReadOnlyCollection<string> ImpliedBy(string canonical);

    /// <summary>Skills close enough to <paramref name="canonical"/> to earn partial credit: MySQL for PostgreSQL.</summary>
    IReadOnlyCollection<string> Related(string canonical);
}
