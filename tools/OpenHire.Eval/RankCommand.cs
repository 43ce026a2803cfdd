using OpenHire.Analysis.Ranking;

namespace OpenHire.Eval;

/// <summary>
/// ./eval.sh rank &lt;posting-file&gt; &lt;resumes.csv&gt; [--top N]: prints the 0-based data-row numbers of the
/// best-fitting resumes, best first, one per line.
/// </summary>
public static class RankCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 3 || !File.Exists(args[1]) || !File.Exists(args[2]))
        {
            Console.Error.WriteLine("usage: eval.sh rank <posting-file> <resumes.csv> [--top N]");
            return 2;
        }
        var top = TopOption(args);
        var rows = RankCsv.Read(args[2]);
        var ranker = new ResumeRanker(rows.Select(r => r.Resume).ToList());
        foreach (var ranked in ranker.Rank(RankingQuery.FromText(File.ReadAllText(args[1])), top))
            Console.WriteLine(ranked.Index);
        return 0;
    }

    internal static int TopOption(string[] args)
    {
        var index = Array.IndexOf(args, "--top");
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var top) && top > 0 ? top : 10;
    }
}
