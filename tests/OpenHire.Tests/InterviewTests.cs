using System.Net;
using Ical.Net;
using Ical.Net.CalendarComponents;
using MimeKit;
using OpenHire.Features.Accounts;
using OpenHire.Features.Interviews;
using OpenHire.Features.Pipelines;
using OpenHire.Infrastructure.Email;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class InterviewSqliteTests(SqliteApp app) : InterviewTests(app), IClassFixture<SqliteApp>;
public sealed class InterviewPostgresTests(PostgresApp app) : InterviewTests(app), IClassFixture<PostgresApp>;

/// <summary>Interviews: time-zone-aware scheduling, invitations with .ics files, reschedules and cancellations on the timeline.</summary>
public abstract class InterviewTests(AppFixture app)
{
    [Fact]
    public async Task Scheduling_rescheduling_and_cancelling_send_calendar_updates_of_one_event()
    {
        var org = await app.CreateOrganizationAsync();
        var ivan = await app.AddMemberAsync(org, Roles.Interviewer, "Ivan Interviewer");
        var olga = await app.AddMemberAsync(org, Roles.Interviewer, "Olga Interviewer");
        var job = await org.JobManagedByAsync(null);
        var application = await app.ApplyAsync(org, job.Id, "ada@example.com");

        // 10:00 in Berlin in December is 09:00 UTC.
        var scheduled = await org.Api.PostJsonAsync($"/api/v1/applications/{application.Id}/interviews",
            new InterviewInput([ivan.Id], "2026-12-03T10:00", "Europe/Berlin", 45, "Room 4", "https://meet.example.com/abc"));
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var interview = await scheduled.ReadAsync<InterviewResponse>();
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), interview.StartsAt);
        Assert.Equal(("2026-12-03T10:00", "Europe/Berlin", 0), (interview.StartsAtLocal, interview.TimeZone, interview.Sequence));

        var invites = await IcsFor(interview.Id, expected: 2);
        Assert.Equivalent(new[] { ivan.Email, "ada@example.com" }, invites.Select(i => i.To), strict: true);
        foreach (var (_, calendar, email) in invites)
        {
            Assert.Equal("REQUEST", calendar.Method);
            var e = Assert.Single(calendar.Events);
            Assert.Equal(($"interview-{interview.Id:N}@openhire", 0), (e.Uid, e.Sequence));
            Assert.Equal(("Europe/Berlin", 10, 0), (e.DtStart!.TzId, e.DtStart.Hour, e.DtStart.Minute));
            Assert.Equal(new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc), e.DtStart.AsUtc);
            Assert.Equal(new DateTime(2026, 12, 3, 9, 45, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
            Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/Berlin");
            Assert.Contains("Room 4", e.Location);
            Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", email.Attachments![0].ContentType);
        }

        // Move it to New York and swap Ivan for Olga: Olga and the candidate get the update, Ivan a cancellation.
        var moved = await org.Api.PutJsonAsync($"/api/v1/interviews/{interview.Id}", new InterviewInput([olga.Id], "2026-12-04T15:30", "America/New_York", 60));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var rescheduled = await moved.ReadAsync<InterviewResponse>();
        Assert.Equal((new DateTimeOffset(2026, 12, 4, 20, 30, 0, TimeSpan.Zero), 1), (rescheduled.StartsAt, rescheduled.Sequence));
        var updates = (await IcsFor(interview.Id, expected: 5)).Skip(2).ToList();
        Assert.All(updates, u => Assert.Equal((interview.Id, 1), (Guid.Parse(u.Calendar.Events.First().Uid![10..42]), u.Calendar.Events.First().Sequence)));
        Assert.Equal("REQUEST", updates.Single(u => u.To == olga.Email).Calendar.Method);
        Assert.Equal("REQUEST", updates.Single(u => u.To == "ada@example.com").Calendar.Method);
        Assert.Equal("CANCEL", updates.Single(u => u.To == ivan.Email).Calendar.Method);
        Assert.Equal("America/New_York", updates[0].Calendar.Events.First().DtStart!.TzId);
        // Ivan no longer interviews the application, so it is none of his business.
        Assert.Equal(HttpStatusCode.NotFound, (await ivan.Api.GetAsync($"/api/v1/applications/{application.Id}")).StatusCode);

        var cancelled = await org.Api.PostJsonAsync($"/api/v1/interviews/{interview.Id}/cancel", new CancelInterviewRequest("Role filled"));
        Assert.Equal((InterviewStatus.Cancelled, 2), ((await cancelled.ReadAsync<InterviewResponse>()).Status, (await (await org.Api.GetAsync($"/api/v1/interviews/{interview.Id}")).ReadAsync<InterviewResponse>()).Sequence));
        var cancellations = (await IcsFor(interview.Id, expected: 7)).Skip(5).ToList();
        Assert.Equivalent(new[] { olga.Email, "ada@example.com" }, cancellations.Select(c => c.To), strict: true);
        Assert.All(cancellations, c => Assert.Equal(("CANCEL", 2, "CANCELLED"), (c.Calendar.Method, c.Calendar.Events.First().Sequence, c.Calendar.Events.First().Status)));
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostJsonAsync($"/api/v1/interviews/{interview.Id}/cancel", new CancelInterviewRequest())).StatusCode);

        // The download is the interview as it stands.
        var download = Calendar.Load(await org.Api.GetStringAsync($"/api/v1/interviews/{interview.Id}/calendar.ics"))!;
        Assert.Equal(("CANCEL", 2), (download.Method, download.Events.First().Sequence));

        var timeline = await (await org.Api.GetAsync($"/api/v1/applications/{application.Id}/timeline")).ReadAsync<Page<TimelineEntry>>();
        Assert.Equal(
            [ApplicationEventKind.InterviewCancelled, ApplicationEventKind.InterviewRescheduled, ApplicationEventKind.InterviewScheduled, ApplicationEventKind.Applied],
            timeline.Items.Where(e => e.Kind != ApplicationEventKind.Emailed).Select(e => e.Kind));
        Assert.Contains("Role filled", timeline.Items[0].Note);
        Assert.Contains("(America/New_York)", timeline.Items[1].Note);
    }

    [Fact]
    public async Task The_mail_carries_the_calendar_as_a_text_calendar_attachment()
    {
        var org = await app.CreateOrganizationAsync();
        var ivan = await app.AddMemberAsync(org, Roles.Interviewer, "Ivan Mail");
        var job = await org.JobManagedByAsync(null);
        var application = await app.ApplyAsync(org, job.Id, "mail@example.com");
        var interview = await (await org.Api.PostJsonAsync($"/api/v1/applications/{application.Id}/interviews",
            new InterviewInput([ivan.Id], "2026-07-01T09:00", "Asia/Tokyo", 30))).ReadAsync<InterviewResponse>();
        var outbox = await app.WaitForOutboxAsync(emails => emails.Count(e => Ics(e) is not null && e.SentAt is not null && e.TextBody.Contains("Asia/Tokyo")) == 2);
        var sent = outbox.First(e => e.ToAddress == ivan.Email && Ics(e) is not null);

        var file = Directory.GetFiles(app.MailDirectory, "*.eml").Single(f => Path.GetFileName(f).StartsWith(sent.Id.ToString("N")));
        var message = await MimeMessage.LoadAsync(file);
        var part = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(("text/calendar", "REQUEST", "invite.ics"), (part.ContentType.MimeType, part.ContentType.Parameters["method"], part.FileName));
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
        Assert.Equal(($"interview-{interview.Id:N}@openhire", "Asia/Tokyo"), (calendar.Events.First().Uid, calendar.Events.First().DtStart!.TzId));
        Assert.Equal(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc), calendar.Events.First().DtStart!.AsUtc);
        Assert.Contains("Wed 1 Jul 2026, 09:00–09:30 (Asia/Tokyo)", message.TextBody);
    }

    [Fact]
    public async Task Bad_schedules_are_refused_field_by_field()
    {
        var org = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var stranger = await app.AddMemberAsync(other, Roles.Interviewer, "Stan Stranger");
        var ivan = await app.AddMemberAsync(org, Roles.Interviewer, "Ivan Checks");
        var job = await org.JobManagedByAsync(null);
        var application = await app.ApplyAsync(org, job.Id, "bad@example.com");
        var url = $"/api/v1/applications/{application.Id}/interviews";

        async Task<string[]> Errors(InterviewInput input)
        {
            var response = await org.Api.PostJsonAsync(url, input);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return [.. (await response.ReadAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Keys.Order()];
        }

        Assert.Equal(["duration_minutes", "interviewer_ids", "starts_at", "time_zone"], await Errors(new InterviewInput([], "tomorrow", "Mars/Olympus", 0)));
        // Another organization's member is no interviewer here.
        Assert.Equal(["interviewer_ids"], await Errors(new InterviewInput([stranger.Id], "2026-12-03T10:00", "Europe/Berlin", 60)));
        // 02:30 on 29 March 2026 does not exist in Berlin: the clocks jump from 02:00 to 03:00.
        Assert.Equal(["starts_at"], await Errors(new InterviewInput([ivan.Id], "2026-03-29T02:30", "Europe/Berlin", 60)));
        Assert.Equal(["video_link"], await Errors(new InterviewInput([ivan.Id], "2026-12-03T10:00", "Europe/Berlin", 60, null, "javascript:alert(1)")));
        Assert.Empty(await (await org.Api.GetAsync(url)).ReadAsync<List<InterviewResponse>>());
    }

    [Fact]
    public async Task Another_organization_reaches_none_of_the_interviews_kits_or_scorecards()
    {
        var org = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var ivan = await app.AddMemberAsync(org, Roles.Interviewer, "Ivan Tenant");
        var job = await org.JobManagedByAsync(null);
        var application = await app.ApplyAsync(org, job.Id, "tenant@example.com");
        var interview = await (await org.Api.PostJsonAsync($"/api/v1/applications/{application.Id}/interviews",
            new InterviewInput([ivan.Id], "2026-12-03T10:00", "UTC", 30))).ReadAsync<InterviewResponse>();

        string[] reads =
        [
            $"/api/v1/interviews/{interview.Id}",
            $"/api/v1/interviews/{interview.Id}/calendar.ics",
            $"/api/v1/applications/{application.Id}/interviews",
            $"/api/v1/applications/{application.Id}/scorecards",
            $"/api/v1/applications/{application.Id}/scorecards/mine",
            $"/api/v1/jobs/{job.Id}/interview-kit",
        ];
        foreach (var url in reads)
            Assert.Equal(HttpStatusCode.NotFound, (await other.Api.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api.PutJsonAsync($"/api/v1/interviews/{interview.Id}", new InterviewInput([ivan.Id], "2026-12-03T11:00", "UTC", 30))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api.PostJsonAsync($"/api/v1/interviews/{interview.Id}/cancel", new CancelInterviewRequest())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api.PostJsonAsync($"/api/v1/applications/{application.Id}/interviews", new InterviewInput([ivan.Id], "2026-12-03T11:00", "UTC", 30))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api.PutJsonAsync($"/api/v1/jobs/{job.Id}/interview-kit", new { competencies = new[] { new { name = "X", questions = Array.Empty<string>() } } })).StatusCode);
        // A personal key for a member of the other organization cannot be made here.
        var foreignKey = await other.Api.PostJsonAsync("/api/v1/api-keys", new { name = "sneaky", member_id = ivan.Id });
        Assert.Equal(HttpStatusCode.BadRequest, foreignKey.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await org.Api.GetAsync($"/api/v1/interviews/{interview.Id}")).StatusCode);
        Assert.Equal(InterviewStatus.Scheduled, (await (await org.Api.GetAsync($"/api/v1/interviews/{interview.Id}")).ReadAsync<InterviewResponse>()).Status);
    }

    /// <summary>Each outbox email of the interview, oldest first, with its .ics read back by Ical.Net.</summary>
    async Task<List<(string To, Calendar Calendar, OutboxEmail Email)>> IcsFor(Guid interviewId, int expected)
    {
        var uid = $"interview-{interviewId:N}@openhire";
        var emails = await app.WaitForOutboxAsync(all => all.Count(e => Ics(e)?.Contains(uid) == true) >= expected);
        return [.. emails.Where(e => Ics(e)?.Contains(uid) == true).OrderBy(e => e.Id)
            .Select(e => (e.ToAddress, Calendar.Load(Ics(e)!)!, e))];
    }

    /// <summary>The email's calendar attachment as text, or null when it has none.</summary>
    static string? Ics(OutboxEmail email) => email.Attachments is [var ics, ..] ? System.Text.Encoding.UTF8.GetString(ics.Content) : null;
}
