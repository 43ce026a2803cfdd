using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Fairness;
using OpenHire.Features.Pipelines;
using OpenHire.Infrastructure.Email;

namespace OpenHire.Features.Interviews;

/// <summary>
/// Schedules, reschedules and cancels interviews for the API and the workspace alike. Each change,
/// its timeline entry and its invitations (with an .ics) are saved together, so a committed
/// change always reaches the interviewers' and the candidate's calendars.
/// </summary>
public static class InterviewScheduling
{
    public static async Task<PipelineResult<InterviewResponse>> ScheduleAsync(
        AppDbContext db, StaffScope scope, Guid applicationId, InterviewInput input, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == scope.OrganizationId, ct);
        if (application is null) return PipelineResult<InterviewResponse>.NotFound($"No application {applicationId} in this organization.");
        var (plan, errors) = await ReadAsync(db, scope.OrganizationId, input, ct);
        if (plan is null) return PipelineResult<InterviewResponse>.Invalid(errors);
        var interview = new Interview
        {
            OrganizationId = scope.OrganizationId,
            ApplicationId = application.Id,
            JobId = application.JobId,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedByUserId = actor.UserId,
        };
        Apply(interview, plan);
        db.Interviews.Add(interview);
        Record(db, interview, ApplicationEventKind.InterviewScheduled, actor, now);
        await InviteAsync(db, interview, InterviewCalendar.Request, [.. plan.Interviewers], now, ct);
        await db.SaveChangesAsync(ct);
        return PipelineResult<InterviewResponse>.Ok(Describe(interview, plan.Interviewers));
    }

    public static async Task<PipelineResult<InterviewResponse>> RescheduleAsync(
        AppDbContext db, StaffScope scope, Guid interviewId, InterviewInput input, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var interview = await db.Interviews.Include(i => i.Interviewers).SingleOrDefaultAsync(i => i.Id == interviewId && i.OrganizationId == scope.OrganizationId, ct);
        if (interview is null) return PipelineResult<InterviewResponse>.NotFound($"No interview {interviewId} in this organization.");
        if (interview.Status == InterviewStatus.Cancelled) return PipelineResult<InterviewResponse>.Conflict("The interview was cancelled; schedule a new one.");
        var (plan, errors) = await ReadAsync(db, scope.OrganizationId, input, ct);
        if (plan is null) return PipelineResult<InterviewResponse>.Invalid(errors);
        var before = await MembersAsync(db, scope.OrganizationId, interview.Interviewers.Select(p => p.UserId), ct);
        Apply(interview, plan);
        interview.Sequence++;
        interview.UpdatedAt = now;
        Record(db, interview, ApplicationEventKind.InterviewRescheduled, actor, now);
        await InviteAsync(db, interview, InterviewCalendar.Request, [.. plan.Interviewers], now, ct);
        // Whoever was taken off the interview gets a cancellation for their copy.
        var removed = before.Where(b => plan.Interviewers.All(p => p.Id != b.Id)).ToList();
        if (removed.Count > 0) await InviteAsync(db, interview, InterviewCalendar.Cancel, removed, now, ct, includeCandidate: false);
        await db.SaveChangesAsync(ct);
        return PipelineResult<InterviewResponse>.Ok(Describe(interview, plan.Interviewers));
    }

    public static async Task<PipelineResult<InterviewResponse>> CancelAsync(
        AppDbContext db, StaffScope scope, Guid interviewId, string? reason, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var interview = await db.Interviews.Include(i => i.Interviewers).SingleOrDefaultAsync(i => i.Id == interviewId && i.OrganizationId == scope.OrganizationId, ct);
        if (interview is null) return PipelineResult<InterviewResponse>.NotFound($"No interview {interviewId} in this organization.");
        if (interview.Status == InterviewStatus.Cancelled) return PipelineResult<InterviewResponse>.Conflict("The interview is already cancelled.");
        if (reason?.Length > PipelineLimits.Note) return PipelineResult<InterviewResponse>.Invalid("reason", $"Keep the reason under {PipelineLimits.Note} characters.");
        interview.Status = InterviewStatus.Cancelled;
        interview.CancelledAt = now;
        interview.Sequence++;
        interview.UpdatedAt = now;
        Record(db, interview, ApplicationEventKind.InterviewCancelled, actor, now, reason);
        var interviewers = await MembersAsync(db, scope.OrganizationId, interview.Interviewers.Select(p => p.UserId), ct);
        await InviteAsync(db, interview, InterviewCalendar.Cancel, interviewers, now, ct);
        await db.SaveChangesAsync(ct);
        return PipelineResult<InterviewResponse>.Ok(Describe(interview, interviewers));
    }

    /// <summary>A valid schedule: interviewers (members of the organization), the start in UTC and its zone.</summary>
    sealed record Plan(List<Member> Interviewers, DateTimeOffset StartsAt, string TimeZone, int Duration, string? Location, string? VideoLink);

    public sealed record Member(Guid Id, string Name, string Email);

    static async Task<(Plan?, Dictionary<string, string[]>)> ReadAsync(AppDbContext db, Guid orgId, InterviewInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var ids = (input.InterviewerIds ?? []).Distinct().ToList();
        if (ids.Count is 0 or > InterviewLimits.MaxInterviewers) errors["interviewer_ids"] = [$"Choose 1 to {InterviewLimits.MaxInterviewers} interviewers from the team."];
        var members = ids.Count == 0 ? [] : await MembersAsync(db, orgId, ids, ct);
        if (ids.Count > 0 && members.Count != ids.Count) errors["interviewer_ids"] = ["Every interviewer must be a member of the team (GET /api/v1/team)."];
        TimeZoneInfo? zone = null;
        if (string.IsNullOrWhiteSpace(input.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZone.Trim(), out zone) || !zone.HasIanaId)
            errors["time_zone"] = ["Give an IANA time zone, e.g. \"Europe/Berlin\" or \"America/New_York\"."];
        DateTimeOffset startsAt = default;
        if (!DateTime.TryParseExact(input.StartsAt?.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            errors["starts_at"] = ["Give the local start time as yyyy-MM-ddTHH:mm, e.g. \"2026-12-03T10:00\"."];
        else if (zone is not null)
        {
            if (zone.IsInvalidTime(local)) errors["starts_at"] = ["That time does not exist in this zone (the clocks skip it); choose another."];
            // An ambiguous time (clocks going back) is taken as the earlier of the two, as calendar programs do.
            else startsAt = new DateTimeOffset(local, zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local)).ToUniversalTime();
        }
        var duration = input.DurationMinutes ?? 0;
        if (duration is < InterviewLimits.MinDuration or > InterviewLimits.MaxDuration)
            errors["duration_minutes"] = [$"Give a duration of {InterviewLimits.MinDuration} to {InterviewLimits.MaxDuration} minutes."];
        var location = Clean(input.Location);
        var link = Clean(input.VideoLink);
        if (location?.Length > InterviewLimits.Place) errors["location"] = [$"Keep the place under {InterviewLimits.Place} characters."];
        if (link is not null && (link.Length > InterviewLimits.Link || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            errors["video_link"] = ["Give the video link as an http(s) address."];
        if (errors.Count > 0) return (null, errors);
        return (new Plan([.. ids.Select(id => members.Single(m => m.Id == id))], startsAt, zone!.Id, duration, location, link), errors);
    }

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static async Task<List<Member>> MembersAsync(AppDbContext db, Guid orgId, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.ToList();
        return await db.Users.AsNoTracking().Where(u => u.OrganizationId == orgId && wanted.Contains(u.Id))
            .Select(u => new Member(u.Id, u.DisplayName, u.Email!)).ToListAsync(ct);
    }

    static void Apply(Interview interview, Plan plan)
    {
        interview.StartsAt = plan.StartsAt;
        interview.TimeZone = plan.TimeZone;
        interview.DurationMinutes = plan.Duration;
        interview.Location = plan.Location;
        interview.VideoLink = plan.VideoLink;
        // Keep the rows of those who stay (they are tracked), drop the others, add the new.
        interview.Interviewers.RemoveAll(p => plan.Interviewers.All(m => m.Id != p.UserId));
        foreach (var m in plan.Interviewers.Where(m => interview.Interviewers.All(p => p.UserId != m.Id)))
            interview.Interviewers.Add(new InterviewParticipant
            {
                InterviewId = interview.Id, UserId = m.Id, OrganizationId = interview.OrganizationId, ApplicationId = interview.ApplicationId,
            });
    }

    static void Record(AppDbContext db, Interview interview, ApplicationEventKind kind, Actor actor, DateTimeOffset now, string? reason = null) =>
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            OrganizationId = interview.OrganizationId,
            ApplicationId = interview.ApplicationId,
            Kind = kind,
            At = now,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            SubjectId = interview.Id,
            Note = kind == ApplicationEventKind.InterviewCancelled
                ? $"{LocalTime(interview)}{(reason is null ? "" : $" ({reason.Trim()})")}"
                : LocalTime(interview),
        });

    /// <summary>An email with the .ics to each interviewer and, unless told otherwise, the candidate.</summary>
    static async Task InviteAsync(AppDbContext db, Interview interview, string method, List<Member> interviewers, DateTimeOffset now, CancellationToken ct, bool includeCandidate = true)
    {
        var facts = await (from a in db.Applications
                           where a.Id == interview.ApplicationId
                           join c in db.Candidates on a.CandidateId equals c.Id
                           join j in db.Jobs on a.JobId equals j.Id
                           join o in db.Organizations on a.OrganizationId equals o.Id
                           select new { c.Id, c.Name, c.Email, JobTitle = j.Title, Organization = o.Name, a.IdentityRevealedAt, o.BlindReview })
            .AsNoTracking().SingleAsync(ct);
        // Interviewers see the candidate as the workspace shows them: an alias under blind review.
        var shownName = BlindReview.Hides(facts.BlindReview, facts.IdentityRevealedAt) ? BlindReview.Alias(facts.Id) : facts.Name;
        var organizer = new InterviewCalendar.Person(facts.Organization, "no-reply@openhire.local");
        var candidate = new InterviewCalendar.Person(facts.Name, facts.Email);
        var everyone = interviewers.Select(m => new InterviewCalendar.Person(m.Name, m.Email)).Append(candidate).ToList();
        foreach (var member in interviewers)
        {
            var summary = $"Interview: {shownName} for {facts.JobTitle}";
            var ics = InterviewCalendar.Render(interview, method, summary, null, organizer, everyone.Where(p => p != candidate || !BlindReview.Hides(facts.BlindReview, facts.IdentityRevealedAt)));
            db.OutboxEmails.Add(InterviewInvitations.Email(interview, method, member.Name, member.Email, summary, facts.Organization, ics, now));
        }
        if (includeCandidate)
        {
            var summary = $"Interview with {facts.Organization}: {facts.JobTitle}";
            var ics = InterviewCalendar.Render(interview, method, summary, null, organizer, [candidate]);
            db.OutboxEmails.Add(InterviewInvitations.Email(interview, method, facts.Name, facts.Email, summary, facts.Organization, ics, now));
        }
    }

    /// <summary>"Thu 3 Dec 2026, 10:00–11:00 (Europe/Berlin)": the time as the organizer planned it.</summary>
    public static string LocalTime(Interview interview)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(interview.TimeZone);
        var start = TimeZoneInfo.ConvertTime(interview.StartsAt, zone);
        var end = start.AddMinutes(interview.DurationMinutes);
        return $"{start.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)} ({interview.TimeZone})";
    }

    public static string LocalInput(Interview interview) =>
        TimeZoneInfo.ConvertTime(interview.StartsAt, TimeZoneInfo.FindSystemTimeZoneById(interview.TimeZone)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    public static InterviewResponse Describe(Interview i, IEnumerable<Member> interviewers) => new(
        i.Id, i.ApplicationId, i.JobId, i.StartsAt, LocalInput(i), i.TimeZone, i.DurationMinutes, i.Location, i.VideoLink, i.Status, i.Sequence,
        [.. interviewers.Select(m => new InterviewerRef(m.Id, m.Name))]);
}
