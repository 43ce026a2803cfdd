namespace OpenHire.Analysis.Skills;

/// <summary>One skill of the taxonomy: a canonical name, the other ways people write it, and its relations.</summary>
public sealed class Skill
{
    private IReadOnlyList<Skill> implies = [];
    private IReadOnlyList<Skill> related = [];

    internal Skill(string name, string category, IReadOnlyList<string> aliases, SkillMatchRule matchRule)
    {
        Name = name;
        Category = category;
        Aliases = aliases;
        MatchRule = matchRule;
    }

    /// <summary>The canonical spelling, e.g. "PostgreSQL".</summary>
    public string Name { get; }

    /// <summary>The category the skill is filed under, e.g. "Databases".</summary>
    public string Category { get; }

    /// <summary>Other spellings and abbreviations that mean this skill, e.g. "Postgres".</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>How much evidence a mention needs before it counts (see <see cref="SkillMatchRule"/>).</summary>
    public SkillMatchRule MatchRule { get; }

    /// <summary>Skills that whoever has this one also has: FastAPI implies Python; EKS implies Kubernetes and AWS.</summary>
    public IReadOnlyList<Skill> Implies => implies;

    /// <summary>Skills close to this one without implying it: PostgreSQL is related to SQL and MySQL.</summary>
    public IReadOnlyList<Skill> Related => related;

    internal void Link(IReadOnlyList<Skill> impliedSkills, IReadOnlyList<Skill> relatedSkills)
    {
        implies = impliedSkills;
        related = relatedSkills;
    }

    /// <summary>This skill and, transitively, every skill it implies.</summary>
    public IEnumerable<Skill> WithImplied()
    {
        var seen = new HashSet<Skill>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Skill>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var skill = pending.Pop();
            if (!seen.Add(skill))
            {
                continue;
            }

            yield return skill;
            foreach (var implied in skill.Implies)
            {
                pending.Push(implied);
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
