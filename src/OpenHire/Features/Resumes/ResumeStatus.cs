namespace OpenHire.Features.Resumes;

/// <summary>Where reading an application's resume stands.</summary>
public enum ResumeStatus
{
    /// <summary>The application came without a resume.</summary>
    None,
    Queued,
    Parsed,
    Failed,
}
