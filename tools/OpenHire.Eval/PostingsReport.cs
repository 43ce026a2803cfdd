namespace OpenHire.Eval;

/// <summary>Collects per-document scores and prints field accuracy, skill scores and each miss.</summary>
internal sealed class PostingsReport
{
    private readonly List<(string Id, Dictionary<string, bool> Fields)> documents = [];
    private readonly List<(double Precision, double Recall, double F1)> required = [];
    private readonly List<(double Precision, double Recall, double F1)> preferred = [];

    public void Add(string id, Dictionary<string, bool> fields, (double, double, double) requiredSkills, (double, double, double) preferredSkills)
    {
        documents.Add((id, fields));
        required.Add(requiredSkills);
        preferred.Add(preferredSkills);
    }

    public void Print(TextWriter writer)
    {
        if (documents.Count == 0)
        {
            writer.WriteLine("No labels found beside the inputs: nothing to score.");
            return;
        }

        writer.WriteLine($"Scored {documents.Count} labelled postings.");
        writer.WriteLine();
        writer.WriteLine($"{"field",-24} {"accuracy",9}  misses");
        foreach (var field in PostingsScorer.Fields)
        {
            var right = documents.Count(document => document.Fields[field]);
            var misses = string.Join(' ', documents.Where(document => !document.Fields[field]).Select(document => document.Id));
            writer.WriteLine($"{field,-24} {100.0 * right / documents.Count,8:F1}%  {misses}");
        }

        writer.WriteLine();
        writer.WriteLine($"{"skills",-24} {"precision",9} {"recall",9} {"F1",9}");
        Print(writer, "required_skills", required);
        Print(writer, "preferred_skills", preferred);
    }

    private static void Print(TextWriter writer, string name, List<(double Precision, double Recall, double F1)> scores) =>
        writer.WriteLine($"{name,-24} {scores.Average(score => score.Precision),9:F3} {scores.Average(score => score.Recall),9:F3} {scores.Average(score => score.F1),9:F3}");
}
