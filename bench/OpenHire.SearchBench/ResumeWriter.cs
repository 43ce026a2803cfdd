using System.Text;
using OpenHire.Analysis.Skills;

namespace OpenHire.SearchBench;

/// <summary>A generated person: the resume text and the facts search indexes about it.</summary>
sealed record GeneratedPerson(string Name, string Email, string Location, string ResumeText, string CurrentTitle, IReadOnlyList<(string Skill, double Years)> Skills);

/// <summary>Writes plausible resumes (about 2-3 KB) from the word lists and the skill taxonomy, with skewed word frequencies.</summary>
sealed class ResumeWriter(SkillTaxonomy taxonomy)
{
    readonly Skill[] allSkills = [.. taxonomy.Skills];

    /// <summary>Who the person is and their skills, without the resume: the first draws <see cref="Write"/> makes, so both agree.</summary>
    public (string Name, string Email, string Location, List<(string Skill, double Years)> Skills) Head(Random rng, int number)
    {
        var name = $"{Pick(rng, Words.FirstNames)} {Pick(rng, Words.LastNames)}";
        var email = $"person{number}@example.com";
        var location = Skewed(rng, Words.Cities);
        return (name, email, location, PickSkills(rng));
    }

    public GeneratedPerson Write(Random rng, int number)
    {
        var (name, email, location, skills) = Head(rng, number);
        var jobs = rng.Next(2, 5);
        var titles = Enumerable.Range(0, jobs).Select(_ => Skewed(rng, Words.Titles)).ToList();
        var text = new StringBuilder();
        text.AppendLine(name);
        text.AppendLine($"{email} | +1 555 {rng.Next(100, 999)} {rng.Next(1000, 9999)} | {location}");
        text.AppendLine();
        text.AppendLine("SUMMARY");
        text.AppendLine($"{titles[0]} with {rng.Next(2, 20)} years of experience in {Join(rng, skills, 3)}. {Sentence(rng, skills)}");
        text.AppendLine();
        text.AppendLine("EXPERIENCE");
        var year = 2026;
        for (var j = 0; j < jobs; j++)
        {
            var start = year - rng.Next(1, 5);
            text.AppendLine($"{titles[j]}, {Company(rng)} | {Month(rng)} {start} - {(j == 0 ? "Present" : $"{Month(rng)} {year}")}");
            for (var b = rng.Next(3, 6); b > 0; b--) text.AppendLine("- " + Sentence(rng, skills));
            text.AppendLine();
            year = start;
        }
        text.AppendLine("EDUCATION");
        text.AppendLine($"{Pick(rng, Words.Degrees)}, {Pick(rng, Words.Universities)}, {year - rng.Next(0, 3)}");
        text.AppendLine();
        text.AppendLine("SKILLS");
        text.AppendLine(string.Join(", ", skills.Select(s => s.Skill)));
        return new GeneratedPerson(name, email, location, text.ToString(), titles[0], skills);
    }

    public static string CoverLetter(Random rng) =>
        string.Join(' ', Enumerable.Range(0, rng.Next(2, 5)).Select(_ => Pick(rng, Words.CoverLetterLines)));

    List<(string Skill, double Years)> PickSkills(Random rng)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var n = rng.Next(6, 15); names.Count < n;)
            names.Add(rng.NextDouble() < 0.7 ? Skewed(rng, Words.PopularSkills) : allSkills[rng.Next(allSkills.Length)].Name);
        return [.. names.Select(s => (s, Math.Round(0.5 + rng.NextDouble() * 11.5, 1)))];
    }

    static string Sentence(Random rng, List<(string Skill, double Years)> skills) =>
        $"{Pick(rng, Words.Verbs)} {Pick(rng, Words.Objects)} with {Join(rng, skills, 2)}, {Pick(rng, Words.Outcomes)}.";

    static string Join(Random rng, List<(string Skill, double Years)> skills, int count)
    {
        var picked = skills.OrderBy(_ => rng.Next()).Take(count).Select(s => s.Skill).ToList();
        return picked.Count < 2 ? string.Join("", picked) : string.Join(", ", picked[..^1]) + " and " + picked[^1];
    }

    static string Company(Random rng) => $"{Pick(rng, Words.CompanyParts)} {Pick(rng, Words.CompanySuffixes)}";

    static string Month(Random rng) => Pick(rng, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);

    public static string Pick(Random rng, string[] words) => words[rng.Next(words.Length)];

    /// <summary>Earlier entries far more often than later ones (roughly Zipf).</summary>
    public static string Skewed(Random rng, string[] words) => words[Math.Min(words.Length - 1, (int)(words.Length * Math.Pow(rng.NextDouble(), 1.3)))];
}
