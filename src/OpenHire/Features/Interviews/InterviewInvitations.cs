using OpenHire.Infrastructure.Email;

namespace OpenHire.Features.Interviews;

/// <summary>
/// The invitation emails' words. Plain built-in text for now, in this one method, so the email
/// templates (Liquid) can take over here without touching scheduling.
/// </summary>
public static class InterviewInvitations
{
    public static OutboxEmail Email(Interview interview, string method, string toName, string toAddress, string summary, string organization, string ics, DateTimeOffset now)
    {
        var cancelled = method == InterviewCalendar.Cancel;
        var updated = !cancelled && interview.Sequence > 0;
        var subject = cancelled ? $"Cancelled: {summary}" : updated ? $"Updated: {summary}" : summary;
        var where = InterviewCalendar.Where(interview) is { } place ? $"\nWhere: {place}" : "";
        var body = cancelled
            ? $"""
                Dear {toName},

                This interview has been cancelled:
                {summary}
                When: {InterviewScheduling.LocalTime(interview)}

                The attached calendar file removes it from your calendar.

                Kind regards,
                {organization}
                """
            : $"""
                Dear {toName},

                {(updated ? "This interview has changed; the new details are:" : "You are invited to an interview:")}
                {summary}
                When: {InterviewScheduling.LocalTime(interview)}{where}
                Duration: {interview.DurationMinutes} minutes

                The attached calendar file adds it to your calendar.

                Kind regards,
                {organization}
                """;
        return new OutboxEmail
        {
            OrganizationId = interview.OrganizationId,
            ToAddress = toAddress,
            ToName = toName,
            Subject = subject.Length > 300 ? subject[..300] : subject,
            TextBody = body,
            CreatedAt = now,
            ApplicationId = interview.ApplicationId,
            Attachments = [new OutboxAttachment(cancelled ? "cancel.ics" : "invite.ics", InterviewCalendar.ContentType(method), System.Text.Encoding.UTF8.GetBytes(ics))],
        };
    }
}
