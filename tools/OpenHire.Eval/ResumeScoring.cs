using System.Text;
using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Eval;

/// <summary>Compares predicted and labeled resumes as shared/corpus/README.md "How results are scored" says.</summary>
public static class ResumeScoring
{
    /// <summary>Case-insensitive after trimming and collapsing white space.</summary>
    public static string Fold(string? text) =>
        string.Join(' ', (text ?? "").Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>For skills and names: also drops punctuation (but keeps "+" and "#" of C++ and C#).</summary>
    public static string FoldLoose(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(text))
            builder.Append(char.IsLetterOrDigit(c) || c is '+' or '#' ? c : ' ');
        return Fold(builder.ToString());
    }

    public static bool SameField(string? predicted, string? label) => Fold(predicted) == Fold(label);

    public static bool SameName(string? predicted, string? label) => FoldLoose(predicted) == FoldLoose(label);

    /// <summary>Dates agree to the month, or to the year where the label gives only a year.</summary>
    public static bool SameDate(string? predicted, string? label)
    {
        if (label is null || predicted is null) return label == predicted;
        if (label == "present" || predicted == "present") return label == predicted;
        return label.Length == 4 ? predicted.StartsWith(label, StringComparison.Ordinal) : predicted == label;
    }

    public static bool SameWork(ResumeWorkLabel predicted, ResumeWorkLabel label) =>
        SameName(predicted.Company, label.Company) && SameName(predicted.Title, label.Title)
        && SameDate(predicted.Start, label.Start) && SameDate(predicted.End, label.End);

    /// <summary>An education entry is found when institution and end date agree, and the degree too where the label has one.</summary>
    public static bool SameEducation(ResumeEducationLabel predicted, ResumeEducationLabel label) =>
        SameName(predicted.Institution, label.Institution) && SameDate(predicted.End, label.End)
        && (label.Degree is null || SameName(predicted.Degree, label.Degree));

    /// <summary>Greedy one-to-one matching; returns how many predicted items found a label.</summary>
    public static int CountMatches<T>(IReadOnlyList<T> predicted, IReadOnlyList<T> labels, Func<T, T, bool> same)
    {
        var used = new bool[labels.Count];
        var matches = 0;
        foreach (var p in predicted)
        {
            for (var i = 0; i < labels.Count; i++)
            {
                if (used[i] || !same(p, labels[i])) continue;
                used[i] = true;
                matches++;
                break;
            }
        }
        return matches;
    }

    public static string SkillKey(string skill, ISkillVocabulary vocabulary) => FoldLoose(vocabulary.Canonicalize(skill) ?? skill);

    public static (double Precision, double Recall, double F1) Prf(int matched, int predicted, int labeled)
    {
        var precision = predicted == 0 ? (labeled == 0 ? 1 : 0) : (double)matched / predicted;
        var recall = labeled == 0 ? 1 : (double)matched / labeled;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }
}
