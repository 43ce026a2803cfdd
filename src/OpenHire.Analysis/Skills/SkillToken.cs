namespace OpenHire.Analysis.Skills;

/// <summary>A word of the text as the matcher sees it: where it is and what surrounds it.</summary>
internal readonly record struct SkillToken(int Start, int Length, bool StartsSentence, bool JoinedToNext, int Line)
{
    public int End => Start + Length;
}
