using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Ranking;

/// <summary>Turns text into index terms: lower-case words, light plural stemming, no stop words.</summary>
internal static partial class RankingTerms
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "for", "from", "has", "have", "he", "her",
        "his", "i", "if", "in", "into", "is", "it", "its", "me", "my", "not", "of", "on", "or", "our", "she", "so", "such",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "was", "we", "were", "will",
        "with", "you", "your", "us", "all", "any", "who", "what", "which", "also", "other", "etc", "per", "more", "well",
        "able", "ability", "including", "within", "work", "working", "experience", "year", "years", "job", "role",
        "company", "team", "candidate", "must", "should", "would", "may", "new", "good", "strong", "excellent",
        "knowledge", "skill", "skills", "requirement", "requirements", "responsibility", "responsibilities", "using", "use",
        "used", "like", "based", "across", "each", "both", "one", "two", "about", "over", "through", "up", "out",
    };

    public static IEnumerable<string> Words(string text)
    {
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            var word = Stem(match.Value);
            if (word.Length > 1 && !StopWords.Contains(word) && !word.All(char.IsDigit)) yield return word;
        }
    }

    private static string Stem(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}+#']*")]
    private static partial Regex Word();
}
