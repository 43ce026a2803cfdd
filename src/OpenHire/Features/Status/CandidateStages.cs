using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Status;

/// <summary>
/// What a candidate is told about where their application stands. Stage names are the team's own
/// and may be internal ("Hold – maybe"), so the candidate sees one of a few plain words instead.
/// </summary>
public static class CandidateStages
{
    public static string Name(string stageName, int position, int lastPosition, ApplicationOutcome? outcome) => outcome switch
    {
        ApplicationOutcome.Rejected => "Not moving forward",
        ApplicationOutcome.Withdrawn => "Withdrawn",
        _ when position == 0 => "Received",
        _ when position == lastPosition && stageName.Contains("hire", StringComparison.OrdinalIgnoreCase) => "Hired",
        _ when stageName.Contains("offer", StringComparison.OrdinalIgnoreCase) => "Offer",
        _ when stageName.Contains("interview", StringComparison.OrdinalIgnoreCase) || stageName.Contains("onsite", StringComparison.OrdinalIgnoreCase) => "Interviewing",
        _ => "Under review",
    };
}
