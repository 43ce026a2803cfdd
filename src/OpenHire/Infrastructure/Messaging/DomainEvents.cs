using System.Text.Json;
using OpenHire.Data;

namespace OpenHire.Infrastructure.Messaging;

/// <summary>Adds events to the outbox inside the caller's unit of work: they exist exactly when the change commits.</summary>
public static class DomainEvents
{
    internal static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>Adds the event to <paramref name="db"/>, unless the same one is already waiting there (a save retried).</summary>
    public static void Add<T>(AppDbContext db, Guid organizationId, string type, Guid subject, T data, DateTimeOffset at, Guid? id = null)
    {
        var subjectText = subject.ToString();
        if (db.ChangeTracker.Entries<OutboxMessage>().Any(e =>
                e.State == Microsoft.EntityFrameworkCore.EntityState.Added && e.Entity.Type == type && e.Entity.Subject == subjectText && e.Entity.OccurredAt == at))
            return;
        db.Add(new OutboxMessage
        {
            Id = id ?? Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Channel = MessageChannel.Event,
            Type = type,
            Subject = subjectText,
            OccurredAt = at,
            Data = JsonSerializer.Serialize(data, Json),
        });
    }

    static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions();
        OpenHireApp.ConfigureJson(json);
        return json;
    }
}
