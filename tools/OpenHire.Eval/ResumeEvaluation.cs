using System.Text.Json;
using OpenHire.Analysis.Resumes;
using OpenHire.Analysis.Resumes.Extraction;
using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Eval;

/// <summary>
/// ./eval.sh resumes &lt;corpus-dir&gt; --out &lt;dir&gt; [--text]: parses every resume file, writes &lt;id&gt;.json in the
/// corpus label format, and where &lt;id&gt;.json labels exist prints per-field accuracy and entry F1.
/// --text also writes the extracted text as &lt;id&gt;.txt, to see what the parser saw.
/// </summary>
public static class ResumeEvaluation
{
    private static readonly string[] ResumeExtensions = [".pdf", ".docx", ".doc", ".md", ".markdown", ".txt", ".html", ".htm", ".rtf"];
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args)
    {
        if (args.Length < 2) return Usage();
        var corpus = args[1];
        var outIndex = Array.IndexOf(args, "--out");
        if (outIndex < 0 || outIndex + 1 >= args.Length || !Directory.Exists(corpus)) return Usage();
        var outDir = args[outIndex + 1];
        var writeText = args.Contains("--text");
        Directory.CreateDirectory(outDir);

        var tally = new ResumeTally();
        var vocabulary = TaxonomySkillVocabulary.Default;
        foreach (var file in Directory.EnumerateFiles(corpus).Where(IsResumeFile).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var extraction = ResumeTextExtractor.Extract(File.ReadAllBytes(file), Path.GetFileName(file));
            var profile = ResumeParser.Parse(extraction);
            var predicted = ResumeLabel.FromProfile(id, Path.GetFileName(file), extraction.Format, profile);
            File.WriteAllText(Path.Combine(outDir, id + ".json"), JsonSerializer.Serialize(predicted, WriteOptions));
            if (writeText) File.WriteAllText(Path.Combine(outDir, id + ".txt"), $"[{extraction.Status}] {extraction.Reason}\n{extraction.Text}");
            if (extraction.Status != ExtractionStatus.Ok) Console.WriteLine($"{id}: {extraction.Status}: {extraction.Reason}");

            var labelFile = Path.Combine(corpus, id + ".json");
            if (!File.Exists(labelFile)) continue;
            var label = JsonSerializer.Deserialize<ResumeLabel>(File.ReadAllText(labelFile));
            if (label is not null) tally.Add(predicted, label, vocabulary);
        }
        tally.Print(Console.Out);
        return 0;
    }

    private static bool IsResumeFile(string path) =>
        ResumeExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static int Usage()
    {
        Console.Error.WriteLine("usage: eval.sh resumes <corpus-dir> --out <dir> [--text]");
        return 2;
    }
}
