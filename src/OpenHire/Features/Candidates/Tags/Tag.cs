namespace OpenHire.Features.Candidates.Tags;

/// <summary>An organization's label for candidates ("referral", "silver medalist").</summary>
public sealed class Tag
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public required string Name { get; init; }

    /// <summary>Trimmed and lower-cased: unique per organization, so "Referral" and "referral" are one tag.</summary>
    public required string NormalizedName { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();
}

/// <summary>A tag on a candidate.</summary>
public sealed class CandidateTag
{
    public Guid OrganizationId { get; init; }
    public Guid CandidateId { get; init; }
    public Guid TagId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public static class TagLimits
{
    public const int Name = 50;
}
