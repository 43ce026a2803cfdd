using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Resumes;

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
    public ApplicationSource Source { get; init; }

    /// <summary>When the candidate agreed to the processing of their data; for imports, when staff imported them.</summary>
    public DateTimeOffset ConsentedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where reading the resume stands; <see cref="ResumeError"/> says why it failed.</summary>
    public ResumeStatus ResumeStatus { get; set; }

    public string? ResumeError { get; set; }

    /// <summary>The resume's text in reading order, for search and review.</summary>
    public string? ResumeText { get; set; }

    /// <summary>The profile as read from the resume; replaced by every re-read.</summary>
    public ResumeProfile? ParsedProfile { get; set; }

    /// <summary>What recruiters corrected; a re-read never touches it.</summary>
    public ProfileCorrection? Corrections { get; set; }

    /// <summary>The title of the (corrected) profile's current or latest job: what title filters and search see.</summary>
    public string? CurrentTitle { get; set; }

    /// <summary>Fit against the job, 0-100, from the corrected profile; null until the resume is read.</summary>
    public int? FitScore { get; set; }

    public List<string> FitReasons { get; set; } = [];

    public DateTimeOffset? ScoredAt { get; set; }

    /// <summary>When blind review ended for this application: who the candidate is was revealed.</summary>
    public DateTimeOffset? IdentityRevealedAt { get; set; }

    /// <summary>Who revealed it, as shown on the application (a staff member's name or an API key's).</summary>
    public string? IdentityRevealedBy { get; set; }

    /// <summary>The pipeline stage the application is in (or was in when it was rejected or withdrawn).</summary>
    public Guid StageId { get; set; }

    public DateTimeOffset StageEnteredAt { get; set; }

    /// <summary>Rejected or withdrawn; null while the application is in the pipeline.</summary>
    public ApplicationOutcome? Outcome { get; set; }

    public Guid? OutcomeReasonId { get; set; }
    public DateTimeOffset? OutcomeAt { get; set; }

    /// <summary>The profile reviewers see: the parsed one with the corrections laid over it (corrections alone when the resume could not be read).</summary>
    public ResumeProfile? Profile => Corrections?.ApplyTo(ParsedProfile ?? new ResumeProfile()) ?? ParsedProfile;
}

/// <summary>How an application arrived.</summary>
public enum ApplicationSource
{
    /// <summary>The candidate applied on the careers site or through the job-board API.</summary>
    Careers,

    /// <summary>Staff imported the candidate's JSON Resume.</summary>
    Import,
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
