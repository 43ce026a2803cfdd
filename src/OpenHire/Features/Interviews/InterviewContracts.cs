using OpenHire.Features.Scorecards;

namespace OpenHire.Features.Interviews;

/// <summary>
/// Schedule or reschedule: <c>starts_at</c> is the wall-clock time in <c>time_zone</c> (an IANA
/// zone such as "Europe/Berlin"), e.g. "2026-12-03T10:00"; it is stored in UTC with the zone.
/// </summary>
public sealed record InterviewInput(
    List<Guid>? InterviewerIds, string? StartsAt, string? TimeZone, int? DurationMinutes, string? Location = null, string? VideoLink = null);

public sealed record CancelInterviewRequest(string? Reason = null);

public sealed record InterviewerRef(Guid Id, string Name);

/// <summary>An interview as the API returns it: the start in UTC and as the local time of its zone.</summary>
public sealed record InterviewResponse(
    Guid Id, Guid ApplicationId, Guid JobId, DateTimeOffset StartsAt, string StartsAtLocal, string TimeZone, int DurationMinutes,
    string? Location, string? VideoLink, InterviewStatus Status, int Sequence, IReadOnlyList<InterviewerRef> Interviewers);

/// <summary>A row of "My interviews": the interview, who is interviewed for which job, and whether my scorecard is in.</summary>
public sealed record MyInterview(InterviewResponse Interview, string CandidateName, string JobTitle, bool ScorecardSubmitted, Recommendation? MyRecommendation);
