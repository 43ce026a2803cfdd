using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Scorecards;

/// <summary>Submitting one's scorecard and reading the team's, shared by the API and the workspace.</summary>
public static class ScorecardSubmissions
{
    /// <summary>Submits (or revises) the caller's scorecard; only those who interview the application in a scheduled interview may.</summary>
    public static async Task<PipelineResult<ScorecardResponse>> SubmitAsync(
        AppDbContext db, StaffScope scope, Guid applicationId, ScorecardInput input, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == scope.OrganizationId, ct);
        if (application is null) return PipelineResult<ScorecardResponse>.NotFound($"No application {applicationId} in this organization.");
        if (!await StaffAccess.InterviewsAsync(db, scope, applicationId, ct))
            return new(default, StatusCodes.Status403Forbidden, "Only the application's interviewers submit scorecards, each their own.");
        var kit = await InterviewKits.GetAsync(db, scope.OrganizationId, application.JobId, ct);
        var errors = new Dictionary<string, string[]>();
        var ratings = (input.Ratings ?? []).ToList();
        var names = kit!.Competencies.Select(c => c.Name).ToList();
        var unknown = ratings.Where(r => !names.Contains(r.Competency ?? "", StringComparer.OrdinalIgnoreCase)).Select(r => r.Competency).ToList();
        var missing = names.Where(n => !ratings.Any(r => string.Equals(r.Competency, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0) errors["ratings"] = [$"Not in the job's interview kit: {string.Join(", ", unknown)}."];
        else if (missing.Count > 0) errors["ratings"] = [$"Rate every competency; missing: {string.Join(", ", missing)}."];
        else if (ratings.GroupBy(r => r.Competency!.ToLowerInvariant()).Any(g => g.Count() > 1)) errors["ratings"] = ["Rate each competency once."];
        if (ratings.Any(r => r.Rating is not (>= ScorecardLimits.MinRating and <= ScorecardLimits.MaxRating)))
            errors["rating"] = [$"Rate from {ScorecardLimits.MinRating} (well below the bar) to {ScorecardLimits.MaxRating} (well above it)."];
        if (ratings.Any(r => r.Note?.Length > ScorecardLimits.Text)) errors["note"] = [$"Keep each note under {ScorecardLimits.Text} characters."];
        if (input.Recommendation is null) errors["recommendation"] = ["Give an overall recommendation: strong_no, no, yes or strong_yes."];
        if (input.Notes?.Length > ScorecardLimits.Notes) errors["notes"] = [$"Keep the notes under {ScorecardLimits.Notes} characters."];
        if (errors.Count > 0) return PipelineResult<ScorecardResponse>.Invalid(errors);

        var me = scope.UserId!.Value;
        var card = await db.Scorecards.SingleOrDefaultAsync(s => s.ApplicationId == applicationId && s.InterviewerId == me, ct);
        if (card is null)
            db.Scorecards.Add(card = new Scorecard { OrganizationId = scope.OrganizationId, ApplicationId = applicationId, JobId = application.JobId, InterviewerId = me });
        card.InterviewerName = actor.Name;
        // Kept in the kit's order and spelling.
        card.Ratings = [.. names.Select(n => ratings.First(r => string.Equals(r.Competency, n, StringComparison.OrdinalIgnoreCase)))
            .Select((r, i) => new CompetencyRating(names[i], r.Rating!.Value, string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim()))];
        card.Recommendation = input.Recommendation!.Value;
        card.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        card.SubmittedAt = now;
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            OrganizationId = scope.OrganizationId, ApplicationId = applicationId, Kind = ApplicationEventKind.ScorecardSubmitted, At = now,
            ActorUserId = actor.UserId, ActorName = actor.Name, SubjectId = card.Id,
        });
        await db.SaveChangesAsync(ct);
        return PipelineResult<ScorecardResponse>.Ok(ToResponse(card));
    }

    public static async Task<ScorecardResponse?> MineAsync(AppDbContext db, StaffScope scope, Guid applicationId, CancellationToken ct) =>
        scope.UserId is { } me && await db.Scorecards.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ApplicationId == applicationId && s.InterviewerId == me && s.OrganizationId == scope.OrganizationId, ct) is { } card
            ? ToResponse(card) : null;

    /// <summary>Everyone's scorecards and their sum; null when the caller may not see them yet (they have not submitted their own).</summary>
    public static async Task<ScorecardSummary?> SummaryAsync(AppDbContext db, StaffScope scope, Guid applicationId, CancellationToken ct)
    {
        if (!await StaffAccess.MaySeeAllScorecardsAsync(db, scope, applicationId, ct)) return null;
        var cards = await db.Scorecards.AsNoTracking().Where(s => s.ApplicationId == applicationId && s.OrganizationId == scope.OrganizationId)
            .OrderBy(s => s.Id).ToListAsync(ct);
        var recommendations = Enum.GetValues<Recommendation>().ToDictionary(r => r, r => cards.Count(c => c.Recommendation == r));
        var competencies = cards.SelectMany(c => c.Ratings).GroupBy(r => r.Competency)
            .Select(g => new CompetencySummary(g.Key, Math.Round(g.Average(r => r.Rating), 2), g.Count())).ToList();
        return new(applicationId, cards.Count, recommendations, competencies, [.. cards.Select(ToResponse)]);
    }

    static ScorecardResponse ToResponse(Scorecard s) =>
        new(s.Id, s.ApplicationId, s.InterviewerId, s.InterviewerName, s.Ratings, s.Recommendation, s.Notes, s.SubmittedAt);
}
