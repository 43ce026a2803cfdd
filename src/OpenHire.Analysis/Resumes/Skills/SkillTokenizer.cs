using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Resumes.Skills;

/// <summary>
/// Splits text into words that keep the punctuation skill names depend on: "C++", "C#", "Node.js", ".NET".
/// Hyphens and slashes separate words, so "CI/CD" is "CI" "CD" and "scikit-learn" is "scikit" "learn".
/// </summary>
public static partial class SkillTokenizer
{
    public readonly record struct Token(string Text, int Index, int Length);

    public static IEnumerable<Token> Tokenize(string text)
    {
        foreach (Match match in Word().Matches(text))
            yield return new Token(match.Value, match.Index, match.Length);
    }

    [GeneratedRegex(@"\.?[\p{L}\p{N}](?:[\p{L}\p{N}]|\.(?=[\p{L}\p{N}])|')*(?:\+\+|#|\+)?")]
    private static partial Regex Word();
}
