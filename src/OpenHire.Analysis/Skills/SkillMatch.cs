namespace OpenHire.Analysis.Skills;

/// <summary>A mention of <paramref name="Skill"/> in a text, at <paramref name="Start"/> for <paramref name="Length"/> characters.</summary>
public readonly record struct SkillMatch(Skill Skill, int Start, int Length)
{
    /// <summary>The index just past the mention.</summary>
    public int End => Start + Length;
}
