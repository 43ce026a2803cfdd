using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Maps degree names ("B.Tech", "Master of Science", "PhD") to levels that can be compared.</summary>
internal static partial class DegreeLevels
{
    public static EducationLevel Classify(string? degree)
    {
        if (string.IsNullOrWhiteSpace(degree)) return EducationLevel.Unknown;
        if (Doctorate().IsMatch(degree)) return EducationLevel.Doctorate;
        if (Master().IsMatch(degree)) return EducationLevel.Master;
        if (Bachelor().IsMatch(degree)) return EducationLevel.Bachelor;
        if (Associate().IsMatch(degree)) return EducationLevel.Associate;
        if (HighSchool().IsMatch(degree)) return EducationLevel.HighSchool;
        return EducationLevel.Unknown;
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
