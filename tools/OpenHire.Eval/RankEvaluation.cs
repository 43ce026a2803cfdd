using System.Text.Json;
using OpenHire.Analysis.Ranking;

namespace OpenHire.Eval;

/// <summary>
/// ./eval.sh rank-eval &lt;ranking-dir&gt; &lt;resumes.csv&gt; [--top N]: precision@N per query of ranking/*.txt, where a hit is a
/// resume of the query's category (ranking/categories.json), and the mean over queries.
/// </summary>
public static class RankEvaluation
{
    public static int Run(string[] args)
    {
        var categoriesFile = args.Length >= 3 ? Path.Combine(args[1], "categories.json") : "";
        if (args.Length < 3 || !File.Exists(categoriesFile) || !File.Exists(args[2]))
        {
            Console.Error.WriteLine("usage: eval.sh rank-eval <ranking-dir> <resumes.csv> [--top N]");
            return 2;
        }
        var top = RankCommand.TopOption(args);
        var categories = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(categoriesFile)) ?? [];
        var rows = RankCsv.Read(args[2]);
        var ranker = new ResumeRanker(rows.Select(r => r.Resume).ToList());

        var precisions = new List<double>();
        foreach (var (file, category) in categories.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(args[1], file);
            if (!File.Exists(path)) continue;
            var ranked = ranker.Rank(RankingQuery.FromText(File.ReadAllText(path)), top);
            var hits = ranked.Count(r => rows[r.Index].Category.Equals(category, StringComparison.OrdinalIgnoreCase));
            var precision = (double)hits / top;
            precisions.Add(precision);
            var misses = ranked.Where(r => !rows[r.Index].Category.Equals(category, StringComparison.OrdinalIgnoreCase))
                .Select(r => rows[r.Index].Category).Distinct();
            Console.WriteLine($"{category,-28} P@{top} = {precision:F2}  {string.Join(", ", misses)}");
        }
        Console.WriteLine($"{"mean",-28} P@{top} = {(precisions.Count == 0 ? 0 : precisions.Average()):F3} over {precisions.Count} queries");
        return 0;
    }
}
