using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Candidates;
using OpenHire.Features.Jobs;
using OpenHire.Features.Messaging;
using OpenHire.Features.Organizations;
using OpenHire.Features.Resumes;
using OpenHire.Infrastructure.Email;
using OpenHire.Infrastructure.Queue;
using OpenHire.Infrastructure.Storage;
using OpenHire.Infrastructure.Telemetry;

namespace OpenHire.Features.Applications;

/// <summary>The result of one submission: accepted, or refused with a status and per-field problems.</summary>
public sealed record SubmitOutcome(Application? Application, int Status, string? Problem, Dictionary<string, string[]> Errors)
{
    public static SubmitOutcome Refused(int status, string problem, string? field = null) =>
        new(null, status, problem, field is null ? [] : new() { [field] = [problem] });
}

/// <summary>
/// Stores an application with its files, its candidate and its confirmation email, all or nothing.
/// Duplicate submissions are settled by unique indexes, never by a lookup first, so concurrent
/// retries of one application end as exactly one row and one stored resume.
/// </summary>
public sealed class ApplicationSubmitter(
    AppDbContext db, IBlobStore blobs, WriteGate writes, TimeProvider clock, EmailDispatcher emails, EmailComposer composer, WorkQueue queue,
    OpenHireMetrics metrics, ILogger<ApplicationSubmitter> log)
{
    public async Task<SubmitOutcome> SubmitAsync(Organization org, Job job, ApplicationForm form, CancellationToken ct)
    {
        var errors = form.Validate(job.HowToApply);
        if (errors.Count > 0) return new(null, StatusCodes.Status400BadRequest, "Some fields need attention.", errors);
        var resumeCheck = form.Resume is null ? null : DocumentCheck.Inspect(form.Resume, "resume");
        var coverCheck = form.CoverLetter is null ? null : DocumentCheck.Inspect(form.CoverLetter, "cover letter");
        if (resumeCheck is { Accepted: false }) return SubmitOutcome.Refused(resumeCheck.Status, resumeCheck.Problem!, "resume");
        if (coverCheck is { Accepted: false }) return SubmitOutcome.Refused(coverCheck.Status, coverCheck.Problem!, "cover_letter");

        var applicationId = Guid.CreateVersion7();
        var stored = new List<string>();
        try
        {
            var resume = form.Resume is null ? null : await StoreAsync(org, applicationId, "resume", form.Resume, resumeCheck!, stored, ct);
            var cover = form.CoverLetter is null ? null : await StoreAsync(org, applicationId, "cover-letter", form.CoverLetter, coverCheck!, stored, ct);
            var outcome = await SaveAsync(org, job, form, applicationId, resume, cover, ct);
            if (outcome.Application is null) await DeleteAsync(stored);
            else
            {
                emails.Wake();
                queue.Wake();
            }
            return outcome;
        }
        catch
        {
            await DeleteAsync(stored);
            throw;
        }
    }

    async Task<SubmitOutcome> SaveAsync(Organization org, Job job, ApplicationForm form, Guid applicationId, StoredFile? resume, StoredFile? cover, CancellationToken ct)
    {
        using var turn = await writes.EnterAsync(ct);
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var candidate = await CandidateDirectory.FindOrAddAsync(db, NewCandidate(org, form, now), ct);
        var application = new Application
        {
            Id = applicationId,
            OrganizationId = org.Id,
            JobId = job.Id,
            CandidateId = candidate.Id,
            CoverLetterText = string.IsNullOrWhiteSpace(form.CoverLetterText) ? null : form.CoverLetterText.Trim(),
            Resume = resume,
            CoverLetterFile = cover,
            ConsentedAt = now,
            CreatedAt = now,
            ResumeStatus = resume is null ? ResumeStatus.None : ResumeStatus.Queued,
        };
        db.Applications.Add(application);
        // The resume is read in the background, never while the candidate waits.
        if (resume is not null) queue.Enqueue(db, org.Id, ResumeReading.Kind, applicationId);
        // The confirmation goes through the organization's template and carries the private status link.
        var facts = new EmailFacts(org.Id, org.Name, applicationId, candidate.Name, candidate.Email, job.Title, job.Department, "Received");
        var (_, templateError) = await composer.AddAsync(db, facts, new EmailRequest(EmailTemplateKind.Confirmation), null, now, ct);
        if (templateError is not null)
        {
            // A template that renders on sample data but not here must not cost the candidate their application.
            log.LogWarning("The confirmation template failed for application {ApplicationId}: {Error}", applicationId, templateError.Message);
            var (subject, body) = EmailTemplateDefaults.For(EmailTemplateKind.Confirmation);
            await composer.AddAsync(db, facts, new EmailRequest(null, subject, body), null, now, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return SubmitOutcome.Refused(StatusCodes.Status409Conflict,
                $"{candidate.Email} has already applied to \"{job.Title}\". We have your application; there is no need to send it again.");
        }
        await tx.CommitAsync(ct);
        metrics.ApplicationAccepted();
        log.LogInformation("Application {ApplicationId} accepted for job {JobId}", application.Id, job.Id);
        return new(application, StatusCodes.Status201Created, null, []);
    }

    static Candidate NewCandidate(Organization org, ApplicationForm form, DateTimeOffset now) => new()
    {
        OrganizationId = org.Id,
        Name = form.Name!.Trim(),
        Email = form.Email!.Trim(),
        NormalizedEmail = Candidate.Normalize(form.Email!),
        Phone = string.IsNullOrWhiteSpace(form.Phone) ? null : form.Phone.Trim(),
        Location = string.IsNullOrWhiteSpace(form.Location) ? null : form.Location.Trim(),
        Links = [.. form.Links],
        CreatedAt = now,
    };

    async Task<StoredFile> StoreAsync(Organization org, Guid applicationId, string name, IFormFile file, DocumentCheck check, List<string> stored, CancellationToken ct)
    {
        // The key is ours alone: the uploader's file name never reaches the file system.
        var key = $"{org.Id:N}/applications/{applicationId:N}/{name}{check.Extension}";
        await using var content = file.OpenReadStream();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var hashing = new HashingReadStream(content, sha))
        {
            stored.Add(key);
            await blobs.PutAsync(key, hashing, check.ContentType, ct);
        }
        return new StoredFile
        {
            StorageKey = key,
            FileName = SafeFileName.From(file.FileName, name + check.Extension),
            ContentType = check.ContentType,
            Length = file.Length,
            Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset()),
        };
    }

    async Task DeleteAsync(List<string> keys)
    {
        foreach (var key in keys)
        {
            try
            {
                await blobs.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Could not delete orphan file {Key}", key);
            }
        }
    }
}
