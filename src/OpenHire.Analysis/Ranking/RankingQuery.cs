using OpenHire.Analysis.Postings;

namespace OpenHire.Analysis.Ranking;

/// <summary>
/// What to rank resumes against: the posting's text and, when a posting reader has parsed it, its
/// required and preferred skills (these weigh more than skills merely named in the text).
/// </summary>
public sealed record RankingQuery(string Text, IReadOnlyList<string> RequiredSkills, IReadOnlyList<string> PreferredSkills)
{
    public static RankingQuery FromText(string postingText) => new(postingText, [], []);

    /// <summary>A posting as the <see cref="PostingReader"/> read it: its text plus the skills it requires and prefers.</summary>
    public static RankingQuery FromPosting(PostingReadResult posting) => new(
        posting.Text,
        posting.Posting.RequiredSkills.Select(s => s.Value.Name).ToList(),
        posting.Posting.PreferredSkills.Select(s => s.Value.Name).ToList());
}

/// <summary>A resume's position in the input and its relevance score (higher is better).</summary>
public readonly record struct RankedResume(int Index, double Score);
