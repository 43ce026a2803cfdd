using OpenHire.Analysis.Postings;

namespace OpenHire.Analysis.Lint.Rules;

/// <summary>An on-site or hybrid job needs a place; applicants filter on it first.</summary>
internal sealed class LocationRule : ILintRule
{
    public void Check(LintDocument document, List<LintFinding> findings)
    {
        if (document.Job.WorkplaceType == WorkplaceType.Remote || document.Job.Locations.Count > 0)
        {
            return;
        }

        findings.Add(new LintFinding(
            "location.missing",
            LintSeverity.Warning,
            "The job has no location and is not marked remote.",
            "Add the city, region and country of the workplace, or mark the job remote and say where it is open to.",
            JobField.Locations,
            null,
            null));
    }
}
