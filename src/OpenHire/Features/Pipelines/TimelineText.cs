namespace OpenHire.Features.Pipelines;

/// <summary>A timeline entry in words, as the workspace shows it.</summary>
public static class TimelineText
{
    public static string Describe(TimelineEntry e) => e.Kind switch
    {
        ApplicationEventKind.Applied => $"Applied, into {e.To?.Name}",
        ApplicationEventKind.Moved => $"Moved from {e.From?.Name} to {e.To?.Name}",
        ApplicationEventKind.Rejected => $"Rejected in {e.From?.Name}: {e.Reason?.Text}",
        ApplicationEventKind.Withdrawn => $"Withdrew in {e.From?.Name}" + (e.Reason is { } r ? $": {r.Text}" : ""),
        ApplicationEventKind.Reopened => $"Reopened, from {e.From?.Name} into {e.To?.Name}",
        ApplicationEventKind.Merged => "Merged with a duplicate candidate record",
        ApplicationEventKind.InterviewScheduled => $"Interview scheduled: {e.Note}",
        ApplicationEventKind.InterviewRescheduled => $"Interview rescheduled: {e.Note}",
        ApplicationEventKind.InterviewCancelled => $"Interview cancelled: {e.Note}",
        ApplicationEventKind.ScorecardSubmitted => "Scorecard submitted",
        _ => e.Kind.ToString(),
    };
}
