using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Eval;

/// <summary>Accumulates per-resume comparisons and prints the totals.</summary>
public sealed class ResumeTally
{
    private int _documents, _nameRight, _emailRight, _phoneRight, _locationRight;
    private int _workMatched, _workPredicted, _workLabeled;
    private int _eduMatched, _eduPredicted, _eduLabeled;
    private double _skillF1Sum, _skillPrecisionSum, _skillRecallSum;
    private readonly List<string> _misses = [];

    public void Add(ResumeLabel predicted, ResumeLabel label, ISkillVocabulary vocabulary)
    {
        _documents++;
        Check(ResumeScoring.SameName(predicted.Name, label.Name), ref _nameRight, label.Id, "name", predicted.Name, label.Name);
        Check(ResumeScoring.SameField(predicted.Email, label.Email), ref _emailRight, label.Id, "email", predicted.Email, label.Email);
        Check(ResumeScoring.SameField(predicted.Phone, label.Phone), ref _phoneRight, label.Id, "phone", predicted.Phone, label.Phone);
        Check(ResumeScoring.SameField(predicted.Location, label.Location), ref _locationRight, label.Id, "location", predicted.Location, label.Location);

        var work = ResumeScoring.CountMatches(predicted.Work, label.Work, ResumeScoring.SameWork);
        (_workMatched, _workPredicted, _workLabeled) = (_workMatched + work, _workPredicted + predicted.Work.Count, _workLabeled + label.Work.Count);
        if (work < Math.Max(predicted.Work.Count, label.Work.Count))
            _misses.Add($"{label.Id} work {work}/{label.Work.Count} (predicted {predicted.Work.Count}): " +
                string.Join(" ; ", predicted.Work.Where(p => !label.Work.Any(l => ResumeScoring.SameWork(p, l))).Select(w => $"{w.Title} @ {w.Company} {w.Start}..{w.End}")));

        var edu = ResumeScoring.CountMatches(predicted.Education, label.Education, ResumeScoring.SameEducation);
        (_eduMatched, _eduPredicted, _eduLabeled) = (_eduMatched + edu, _eduPredicted + predicted.Education.Count, _eduLabeled + label.Education.Count);
        if (edu < Math.Max(predicted.Education.Count, label.Education.Count))
            _misses.Add($"{label.Id} education {edu}/{label.Education.Count}: " +
                string.Join(" ; ", predicted.Education.Where(p => !label.Education.Any(l => ResumeScoring.SameEducation(p, l))).Select(e => $"{e.Degree} | {e.Field} @ {e.Institution} {e.End}")));

        var predictedSkills = predicted.Skills.Select(s => ResumeScoring.SkillKey(s, vocabulary)).ToHashSet();
        var labeledSkills = label.Skills.Select(s => ResumeScoring.SkillKey(s, vocabulary)).ToHashSet();
        var common = predictedSkills.Intersect(labeledSkills).Count();
        var (p, r, f) = ResumeScoring.Prf(common, predictedSkills.Count, labeledSkills.Count);
        (_skillPrecisionSum, _skillRecallSum, _skillF1Sum) = (_skillPrecisionSum + p, _skillRecallSum + r, _skillF1Sum + f);
        _misses.Add($"{label.Id} skills P={p:F2} R={r:F2} missing: {string.Join(", ", labeledSkills.Except(predictedSkills))} | extra: {string.Join(", ", predictedSkills.Except(labeledSkills))}");
    }

    private void Check(bool right, ref int counter, string id, string field, string? predicted, string? label)
    {
        if (right) counter++;
        else _misses.Add($"{id} {field}: got \"{predicted}\", want \"{label}\"");
    }

    public void Print(TextWriter output)
    {
        if (_documents == 0)
        {
            output.WriteLine("no labels found: wrote predictions only");
            return;
        }
        foreach (var miss in _misses) output.WriteLine("  " + miss);
        output.WriteLine($"resumes with labels: {_documents}");
        output.WriteLine($"name accuracy      {Percent(_nameRight)}");
        output.WriteLine($"email accuracy     {Percent(_emailRight)}");
        output.WriteLine($"phone accuracy     {Percent(_phoneRight)}");
        output.WriteLine($"location accuracy  {Percent(_locationRight)}");
        var (wp, wr, wf) = ResumeScoring.Prf(_workMatched, _workPredicted, _workLabeled);
        output.WriteLine($"work entries       P={wp:F3} R={wr:F3} F1={wf:F3} ({_workMatched} matched, {_workPredicted} predicted, {_workLabeled} labeled)");
        var (ep, er, ef) = ResumeScoring.Prf(_eduMatched, _eduPredicted, _eduLabeled);
        output.WriteLine($"education entries  P={ep:F3} R={er:F3} F1={ef:F3} ({_eduMatched} matched, {_eduPredicted} predicted, {_eduLabeled} labeled)");
        output.WriteLine($"skills (per doc)   P={_skillPrecisionSum / _documents:F3} R={_skillRecallSum / _documents:F3} F1={_skillF1Sum / _documents:F3}");
    }

    private string Percent(int right) => $"{100.0 * right / _documents:F1}% ({right}/{_documents})";
}
