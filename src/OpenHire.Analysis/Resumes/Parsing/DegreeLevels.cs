using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Maps degree names ("B.Tech", "Master of Science", "PhD") to levels that can be compared.</summary>
internal static partial class DegreeLevels
{
    public static DegreeLevel Classify(string? degree)
    {
        if (string.IsNullOrWhiteSpace(degree)) return DegreeLevel.Unknown;
        if (Doctorate().IsMatch(degree)) return DegreeLevel.Doctorate;
        if (Master().IsMatch(degree)) return DegreeLevel.Master;
        if (Bachelor().IsMatch(degree)) return DegreeLevel.Bachelor;
        if (Associate().IsMatch(degree)) return DegreeLevel.Associate;
        if (HighSchool().IsMatch(degree)) return DegreeLevel.HighSchool;
        return DegreeLevel.Unknown;
    }

    [GeneratedRegex(@"^(doctor|doctorate|ph\.?\s?d|d\.?phil|ed\.?d|j\.?d\b|m\.?d\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"^(master|mba\b|m\.?\s?(s|sc|a|eng|tech|com|fa|phil|ed)\b|msc|meng|mtech|mcom|ll\.?m)", RegexOptions.IgnoreCase)]
    private static partial Regex Master();

    [GeneratedRegex(@"^(bachelor|bba\b|b\.?\s?(s|sc|a|e|eng|tech|com|fa|ba)\b|btech|bsc|beng|bcom|ll\.?b)", RegexOptions.IgnoreCase)]
    private static partial Regex Bachelor();

    [GeneratedRegex(@"^(associate|a\.?\s?(a|s|as)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Associate();

    [GeneratedRegex(@"^(high school|secondary school|ged\b|diploma)", RegexOptions.IgnoreCase)]
    private static partial Regex HighSchool();
}
