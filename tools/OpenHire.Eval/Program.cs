// ./eval.sh <kind> ...: each kind of evaluation is a class of its own in this folder.
using OpenHire.Eval;

return args.FirstOrDefault() switch
{
    "postings" => PostingsEvaluation.Run(args[1..]),
    "resumes" => ResumeEvaluation.Run(args),
    "rank" => RankCommand.Run(args),
    "rank-eval" => RankEvaluation.Run(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: eval.sh postings <corpus-dir> --out <dir> | resumes <corpus-dir> --out <dir> | rank <posting-file> <resumes.csv> --top N | rank-eval <ranking-dir> <resumes.csv> [--top N]");
    return 2;
}
