namespace OpenHire.Features.Organizations;

/// <summary>A company using OpenHire: the tenant every other row belongs to.</summary>
public sealed class Organization
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>URL name of the careers site: /careers/{slug}.</summary>
    public required string Slug { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Reviewers see applications without the candidate's identity until someone reveals it.</summary>
    public bool BlindReview { get; set; }
}
