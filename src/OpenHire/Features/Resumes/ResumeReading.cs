using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenHire.Analysis.Resumes;
using OpenHire.Analysis.Resumes.Extraction;
using OpenHire.Data;
using OpenHire.Infrastructure.Messaging;
using OpenHire.Infrastructure.Queue;
using OpenHire.Infrastructure.Storage;
using OpenHire.Infrastructure.Telemetry;

namespace OpenHire.Features.Resumes;

/// <summary>
/// Reads an application's resume in the background: text, profile, skills and fit. A resume that
/// cannot be read (unsupported, encrypted, scanned...) ends as failed with the reason, at once; only
/// faults of our own (storage, database) are retried.
/// </summary>
public sealed class ResumeReading(AppDbContext db, IBlobStore blobs, TimeProvider clock, OpenHireMetrics metrics, ILogger<ResumeReading> log) : IWorkHandler
{
    public const string Kind = "resume.read";

    /// <summary>Resume text kept for search and review; longer text is cut (the extractor already caps pages).</summary>
    const int MaxStoredTextChars = 200_000;

    public async Task HandleAsync(QueuedWork work, CancellationToken ct)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == work.SubjectId && a.OrganizationId == work.OrganizationId, ct);
        if (application?.Resume is not { } file) return;
        var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == application.JobId, ct);
        var started = Stopwatch.GetTimestamp();
        await using (var stream = await blobs.OpenReadAsync(file.StorageKey, ct)
            ?? throw new InvalidOperationException($"The resume {file.StorageKey} is missing from storage."))
        {
            var extraction = ResumeTextExtractor.Extract(stream, file.FileName);
            if (extraction.Succeeded)
            {
                application.ResumeStatus = ResumeStatus.Parsed;
                application.ResumeError = null;
                application.ResumeText = extraction.Text.Length > MaxStoredTextChars ? extraction.Text[..MaxStoredTextChars] : extraction.Text;
                application.ParsedProfile = ResumeParser.Parse(extraction);
            }
            else
            {
                application.ResumeStatus = ResumeStatus.Failed;
                application.ResumeError = extraction.Reason;
                application.ResumeText = null;
                application.ParsedProfile = null;
            }
        }
        FitScoring.Score(application, FitScoring.Prepare(job), clock.GetUtcNow());
        await FitScoring.IndexProfileAsync(db, application, ct);
        var now = clock.GetUtcNow();
        DomainEvents.Add(db, application.OrganizationId, application.ResumeStatus == ResumeStatus.Parsed ? EventCatalog.ResumeParsed : EventCatalog.ResumeFailed,
            application.Id, new ResumeReadData(application.Id, application.JobId, application.CandidateId,
                application.ResumeStatus.ToString().ToLowerInvariant(), application.FitScore, now), now);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.RecordResumeParse(elapsed, application.ResumeStatus == ResumeStatus.Parsed);
        log.LogInformation("Resume of application {ApplicationId} read: {Status} in {Elapsed} ms",
            application.Id, application.ResumeStatus, elapsed.TotalMilliseconds);
    }

    public async Task GiveUpAsync(QueuedWork work, string error, CancellationToken ct)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == work.SubjectId && a.OrganizationId == work.OrganizationId, ct);
        if (application is null) return;
        var now = clock.GetUtcNow();
        application.ResumeStatus = ResumeStatus.Failed;
        application.ResumeError = ("The resume could not be read after several attempts: " + error) is var text && text.Length > 1000 ? text[..1000] : text;
        DomainEvents.Add(db, application.OrganizationId, EventCatalog.ResumeFailed, application.Id,
            new ResumeReadData(application.Id, application.JobId, application.CandidateId, "failed", application.FitScore, now), now);
        await db.SaveChangesAsync(ct);
    }
}
