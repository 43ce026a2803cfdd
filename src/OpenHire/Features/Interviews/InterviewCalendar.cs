using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace OpenHire.Features.Interviews;

/// <summary>
/// The interview as an iCalendar (RFC 5545 / iTIP RFC 5546) object: METHOD:REQUEST to invite or
/// update, METHOD:CANCEL to cancel. The UID never changes and SEQUENCE grows with each change, so
/// calendar programs replace the event they already have instead of adding another.
/// </summary>
public static class InterviewCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    public sealed record Person(string Name, string Email);

    public static string Render(Interview interview, string method, string summary, string? description, Person organizer, IEnumerable<Person> attendees)
    {
        var calendar = new Calendar { ProductId = "-//OpenHire//Interviews//EN", Method = method };
        // The event is written in the zone it was planned in, with that zone's rules attached.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(interview.TimeZone));
        var local = TimeZoneInfo.ConvertTime(interview.StartsAt, TimeZoneInfo.FindSystemTimeZoneById(interview.TimeZone)).DateTime;
        var start = new CalDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), interview.TimeZone);
        var calendarEvent = new CalendarEvent
        {
            Uid = interview.CalendarUid,
            Sequence = interview.Sequence,
            DtStamp = new CalDateTime(interview.UpdatedAt.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = start,
            DtEnd = start.AddMinutes(interview.DurationMinutes),
            Summary = summary,
            Description = description,
            Location = Where(interview),
            Status = method == Cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{organizer.Email}") { CommonName = organizer.Name },
        };
        if (interview.VideoLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url)) calendarEvent.Url = url;
        foreach (var person in attendees)
            calendarEvent.Attendees.Add(new Attendee($"mailto:{person.Email}")
            {
                CommonName = person.Name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = method == Request,
            });
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>The MIME type of the attachment, carrying the method as iTIP asks.</summary>
    public static string ContentType(string method) => $"text/calendar; method={method}; charset=utf-8";

    public static string? Where(Interview interview) =>
        (interview.Location, interview.VideoLink) switch
        {
            ({ } place, { } link) => $"{place} / {link}",
            ({ } place, null) => place,
            (null, { } link) => link,
            _ => null,
        };
}
