using Microsoft.AspNetCore.Mvc;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Pipelines.Pages;
using OpenHire.Features.Scorecards;
using OpenHire.Infrastructure.Email;

namespace OpenHire.Features.Interviews;

/// <summary>
/// The workspace's forms for interviews, scorecards and kits: plain posts that call what the API
/// calls, then redirect back with a one-time message, so everything works without JavaScript.
/// </summary>
public static class InterviewStaffEndpoints
{
    public static void MapInterviewStaffEndpoints(this IEndpointRouteBuilder app)
    {
        // The forms are read by hand, so the antiforgery check is asked for explicitly.
        var staff = app.MapGroup("/staff").RequireAuthorization(AccountsRegistration.StaffPolicy).ExcludeFromDescription().EnforceStaffAccess()
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());

        staff.MapPost("/applications/{applicationId:guid}/interviews", async (Guid applicationId, HttpContext http, AppDbContext db, TimeProvider clock, EmailDispatcher emails, CancellationToken ct) =>
        {
            var result = await InterviewScheduling.ScheduleAsync(db, StaffScope.From(http.User), applicationId, await ReadInputAsync(http), Actor.From(http.User), clock.GetUtcNow(), ct);
            if (result.Succeeded) emails.Wake();
            return Back(http, result, $"/staff/applications/{applicationId}", i => $"Interview scheduled for {i.StartsAtLocal.Replace('T', ' ')} ({i.TimeZone}); invitations are on their way.");
        }).RequireAccess(AccessRule.ManageApplication);

        staff.MapPost("/interviews/{interviewId:guid}/reschedule", async (Guid interviewId, HttpContext http, AppDbContext db, TimeProvider clock, EmailDispatcher emails, CancellationToken ct) =>
        {
            var result = await InterviewScheduling.RescheduleAsync(db, StaffScope.From(http.User), interviewId, await ReadInputAsync(http), Actor.From(http.User), clock.GetUtcNow(), ct);
            if (result.Succeeded) emails.Wake();
            return Back(http, result, await ApplicationPathAsync(db, http, interviewId, ct), i => $"Interview moved to {i.StartsAtLocal.Replace('T', ' ')} ({i.TimeZone}); updates are on their way.");
        }).RequireAccess(AccessRule.ManageApplication);

        staff.MapPost("/interviews/{interviewId:guid}/cancel", async (Guid interviewId, [FromForm(Name = "reason")] string? reason, HttpContext http, AppDbContext db, TimeProvider clock, EmailDispatcher emails, CancellationToken ct) =>
        {
            var result = await InterviewScheduling.CancelAsync(db, StaffScope.From(http.User), interviewId, reason, Actor.From(http.User), clock.GetUtcNow(), ct);
            if (result.Succeeded) emails.Wake();
            return Back(http, result, await ApplicationPathAsync(db, http, interviewId, ct), _ => "Interview cancelled; everyone invited is told.");
        }).RequireAccess(AccessRule.ManageApplication);

        staff.MapGet("/interviews/{interviewId:guid}/calendar.ics", async (Guid interviewId, HttpContext http, AppDbContext db, CancellationToken ct) =>
            await InterviewQueries.CalendarAsync(db, http.User.OrganizationId(), interviewId, ct) is { } ics
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "interview.ics")
                : Results.NotFound()).RequireAccess(AccessRule.ReadApplication);

        staff.MapPost("/applications/{applicationId:guid}/scorecard/submit", async (Guid applicationId, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            var names = form["competency"].ToArray();
            var ratings = names.Select((name, i) => new RatingInput(name, int.TryParse(form[$"rating_{i}"], out var r) ? r : null, form[$"note_{i}"])).ToList();
            Recommendation? recommendation = Enum.TryParse<Recommendation>(form["recommendation"].ToString().Replace("_", ""), ignoreCase: true, out var rec) ? rec : null;
            var result = await ScorecardSubmissions.SubmitAsync(db, StaffScope.From(http.User), applicationId, new ScorecardInput(ratings, recommendation, form["notes"]),
                Actor.From(http.User), clock.GetUtcNow(), ct);
            var back = result.Succeeded ? $"/staff/applications/{applicationId}" : $"/staff/applications/{applicationId}/scorecard";
            return Back(http, result, back, _ => "Scorecard submitted. The team's feedback is below.");
        }).RequireAccess(AccessRule.ReadApplication);

        staff.MapPost("/jobs/{jobId:guid}/interview-kit/save", async (Guid jobId, [FromForm(Name = "kit")] string? text, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var (kit, errors) = await InterviewKits.ReplaceAsync(db, http.User.OrganizationId(), jobId, KitText.Parse(text), clock.GetUtcNow(), ct);
            Flash.Set(http, errors.Count > 0 ? errors.Values.SelectMany(e => e).First() : kit is null ? "No such job." : "Interview kit saved.", isProblem: errors.Count > 0 || kit is null);
            return TypedResults.Redirect($"/staff/jobs/{jobId}/interview-kit");
        }).RequireAccess(AccessRule.ManageJob);
    }

    static async Task<InterviewInput> ReadInputAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var ids = form["interviewer_ids"].Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        return new InterviewInput(ids, form["starts_at"], form["time_zone"], int.TryParse(form["duration_minutes"], out var d) ? d : null, form["location"], form["video_link"]);
    }

    static async Task<string> ApplicationPathAsync(AppDbContext db, HttpContext http, Guid interviewId, CancellationToken ct) =>
        await StaffAccess.ApplicationOfInterviewAsync(db, StaffScope.From(http.User), interviewId, ct) is { } applicationId
            ? $"/staff/applications/{applicationId}" : "/staff/interviews";

    static IResult Back<T>(HttpContext http, PipelineResult<T> result, string returnTo, Func<T, string> success)
    {
        Flash.Set(http, result.Succeeded ? success(result.Value!) : result.Message, isProblem: !result.Succeeded);
        return TypedResults.Redirect(returnTo);
    }
}

/// <summary>The kit editor's text: a line per competency, its questions below it on lines starting with "-".</summary>
public static class KitText
{
    public static InterviewKitInput Parse(string? text)
    {
        var competencies = new List<CompetencyDto>();
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('-') && competencies.Count > 0) competencies[^1].Questions!.Add(line.TrimStart('-', ' '));
            else competencies.Add(new CompetencyDto(line, []));
        }
        return new InterviewKitInput(competencies);
    }

    public static string Format(IEnumerable<Competency> competencies) =>
        string.Join("\n", competencies.Select(c => string.Join("\n", c.Questions.Select(q => "- " + q).Prepend(c.Name))));
}
