namespace OpenHire.Features.Candidates;

/// <summary>A person who applied, once per organization however many jobs they apply to.</summary>
public sealed class Candidate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public required string Name { get; set; }
    public required string Email { get; set; }

    /// <summary>Lower-cased, trimmed email: unique per organization.</summary>
    public required string NormalizedEmail { get; init; }

    public string? Phone { get; set; }
    public string? Location { get; set; }
    public List<string> Links { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
