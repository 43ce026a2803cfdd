namespace OpenHire.Features.Applications;

/// <summary>One candidate's application to one job, with the documents they sent.</summary>
public sealed class Application
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid JobId { get; init; }
    public Guid CandidateId { get; init; }
    public string? CoverLetterText { get; init; }
    public StoredFile? Resume { get; init; }
    public StoredFile? CoverLetterFile { get; init; }
    public DateTimeOffset ConsentedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A file kept in the blob store under a server-made key; FileName is the uploader's, for display only.</summary>
public sealed class StoredFile
{
    public required string StorageKey { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Length { get; init; }
    public required string Sha256 { get; init; }
}
