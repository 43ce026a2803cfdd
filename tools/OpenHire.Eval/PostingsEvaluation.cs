using System.Text.Encodings.Web;
using System.Text.Json;
using OpenHire.Analysis.Postings;
using OpenHire.Analysis.Skills;

namespace OpenHire.Eval;

/// <summary>
/// <c>eval.sh postings &lt;corpus-dir&gt; --out &lt;dir&gt;</c>: reads every posting (<c>&lt;id&gt;.md|txt|html</c>), writes
/// <c>&lt;id&gt;.json</c> in the corpus label format, and where a label sits beside the input prints per-field accuracy
/// and skill precision, recall and F1 averaged over documents.
/// </summary>
internal static class PostingsEvaluation
{
    private static readonly string[] Extensions = [".md", ".txt", ".html"];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNameCaseInsensitive = true,
    };

    public static int Run(string[] args)
    {
        var outIndex = Array.IndexOf(args, "--out");
        if (args.Length < 3 || outIndex < 1 || outIndex + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: eval.sh postings <corpus-dir> --out <dir>");
            return 2;
        }

        var corpus = args[0];
        var output = args[outIndex + 1];
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"no such directory: {corpus}");
            return 2;
        }

        Directory.CreateDirectory(output);
        var taxonomy = SkillTaxonomy.Default;
        var scorer = new PostingsScorer(taxonomy);
        var report = new PostingsReport();
        var inputs = Directory.EnumerateFiles(corpus)
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

        foreach (var path in inputs)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var result = PostingReader.Read(File.ReadAllText(path), FormatOf(path), taxonomy);
            var read = PostingsLabelMapper.ToLabel(id, Path.GetFileName(path), result);
            File.WriteAllText(Path.Combine(output, id + ".json"), JsonSerializer.Serialize(read, Json) + "\n");

            var labelPath = Path.Combine(corpus, id + ".json");
            if (File.Exists(labelPath) && JsonSerializer.Deserialize<PostingLabel>(File.ReadAllText(labelPath), Json) is { } label)
            {
                report.Add(id, scorer.Compare(read, label),
                    scorer.ScoreSkills(read.RequiredSkills, label.RequiredSkills),
                    scorer.ScoreSkills(read.PreferredSkills, label.PreferredSkills));
            }
        }

        Console.WriteLine($"Read {inputs.Count} postings into {output}.");
        report.Print(Console.Out);
        return 0;
    }

    /// <summary>The file type decides the format, as the corpus labels do.</summary>
    private static PostingFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => PostingFormat.Html,
        ".md" => PostingFormat.Markdown,
        ".txt" => PostingFormat.PlainText,
        _ => null,
    };
}
