namespace OpenHire.Features.Scorecards;

public sealed record CompetencyDto(string? Name, List<string>? Questions);

/// <summary>A job's interview kit; <c>is_default</c> while it is still the one drawn from the posting and nobody saved it.</summary>
public sealed record InterviewKitResponse(Guid JobId, bool IsDefault, IReadOnlyList<Competency> Competencies, DateTimeOffset? UpdatedAt);
public sealed record InterviewKitInput(List<CompetencyDto>? Competencies);

public sealed record RatingInput(string? Competency, int? Rating, string? Note = null);

/// <summary>A scorecard: a rating of 1-4 for every competency of the job's kit, and the overall recommendation.</summary>
public sealed record ScorecardInput(List<RatingInput>? Ratings, Recommendation? Recommendation, string? Notes = null);

public sealed record ScorecardResponse(
    Guid Id, Guid ApplicationId, Guid InterviewerId, string InterviewerName, IReadOnlyList<CompetencyRating> Ratings, Recommendation Recommendation,
    string? Notes, DateTimeOffset SubmittedAt);

public sealed record CompetencySummary(string Competency, double AverageRating, int Ratings);

/// <summary>Everyone's scorecards on an application and what they add up to.</summary>
public sealed record ScorecardSummary(
    Guid ApplicationId, int Submitted, IReadOnlyDictionary<Recommendation, int> Recommendations, IReadOnlyList<CompetencySummary> Competencies,
    IReadOnlyList<ScorecardResponse> Scorecards);
