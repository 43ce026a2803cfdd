namespace OpenHire.Features.Scorecards;

/// <summary>A job's interview kit: the competencies every interviewer rates, each with questions to ask.</summary>
public sealed class InterviewKit
{
    public Guid JobId { get; init; }
    public Guid OrganizationId { get; init; }
    public List<Competency> Competencies { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed record Competency(string Name, IReadOnlyList<string> Questions);

/// <summary>One interviewer's feedback on one application: a rating per competency and an overall call.</summary>
public sealed class Scorecard
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid JobId { get; init; }
    public Guid InterviewerId { get; init; }
    public string InterviewerName { get; set; } = "";
    public List<CompetencyRating> Ratings { get; set; } = [];
    public Recommendation Recommendation { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
}

/// <summary>A rating from 1 (well below the bar) to 4 (well above it), with the interviewer's note.</summary>
public sealed record CompetencyRating(string Competency, int Rating, string? Note);

public enum Recommendation
{
    StrongNo,
    No,
    Yes,
    StrongYes,
}

public static class ScorecardLimits
{
    public const int MinRating = 1;
    public const int MaxRating = 4;
    public const int Competencies = 30;
    public const int Questions = 20;
    public const int Name = 200;
    public const int Text = 1000;
    public const int Notes = 8000;
}
