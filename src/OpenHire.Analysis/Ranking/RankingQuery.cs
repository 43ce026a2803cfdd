namespace OpenHire.Analysis.Ranking;

/// <summary>
/// What to rank resumes against: the posting's text and, when a posting reader has parsed it, its
/// required and preferred skills (these weigh more than skills merely named in the text).
/// </summary>
public sealed record RankingQuery(string Text, IReadOnlyList<string> RequiredSkills, IReadOnlyList<string> PreferredSkills)
{
    public static RankingQuery FromText(string postingText) => new(postingText, [], []);
}

/// <summary>A resume's position in the input and its relevance score (higher is better).</summary>
public readonly record struct RankedResume(int Index, double Score);
