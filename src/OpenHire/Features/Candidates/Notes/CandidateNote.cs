namespace OpenHire.Features.Candidates.Notes;

/// <summary>A team member's plain-text note on a candidate, optionally about one of their applications.</summary>
public sealed class CandidateNote
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid CandidateId { get; set; }
    public Guid? ApplicationId { get; init; }

    /// <summary>The staff member who wrote it; null when an API key did.</summary>
    public Guid? AuthorUserId { get; init; }

    /// <summary>The author as shown: a staff member's name or "api-key:…".</summary>
    public required string AuthorName { get; init; }

    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EditedAt { get; set; }
}

/// <summary>A team member named in a note with "@handle": they see it in their Mentions list.</summary>
public sealed class NoteMention
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid NoteId { get; init; }
    public Guid UserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public static class NoteLimits
{
    public const int Body = 5000;
}
