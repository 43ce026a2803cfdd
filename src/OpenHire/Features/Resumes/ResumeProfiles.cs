using Microsoft.EntityFrameworkCore;
using OpenHire.Analysis.Fairness;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Fairness;
using OpenHire.Infrastructure.Queue;

namespace OpenHire.Features.Resumes;

/// <summary>An application's resume as read, as corrected, and its fit to the job.</summary>
public sealed record ProfileView(
    Guid ApplicationId, ResumeStatus Status, string? Error, ResumeProfile? Parsed, ProfileCorrection? Corrections,
    ResumeProfile? Profile, int? FitScore, IReadOnlyList<string> FitReasons, DateTimeOffset? ScoredAt, bool IdentityHidden);

/// <summary>Reading, correcting and re-reading parsed profiles, shared by the API and the workspace.</summary>
public static class ResumeProfiles
{
    /// <summary>The profile as reviewers may see it: without identity while blind review hides it.</summary>
    public static async Task<ProfileView?> GetAsync(AppDbContext db, Guid orgId, Guid applicationId, CancellationToken ct)
    {
        var row = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId && a.OrganizationId == orgId)
            .Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => new { Application = a, c.Name }).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var view = View(row.Application);
        if (!BlindReview.Hides(await BlindReview.IsOnAsync(db, orgId, ct), row.Application.IdentityRevealedAt)) return view;
        return view with
        {
            Parsed = Redact(view.Parsed, row.Name),
            Profile = Redact(view.Profile, row.Name),
            Corrections = null,
            FitReasons = [.. view.FitReasons.Select(r => HideLocation(BlindReview.Text(r, row.Name)!, view.Profile?.Location))],
            IdentityHidden = true,
        };
    }

    // "Based in Oakland, CA (onsite in San Francisco)": the job's place may show, the candidate's may not.
    static string HideLocation(string reason, string? location) =>
        location is null ? reason : reason.Replace($"Based in {location}", $"Based in {IdentityRedactor.Hidden}");

    static ResumeProfile? Redact(ResumeProfile? profile, string candidateName) =>
        profile is null ? null : IdentityRedactor.RedactProfile(profile, [candidateName]);

    /// <summary>Keeps the correction (null clears it) and scores the corrected profile at once; null when there is no such application.</summary>
    public static async Task<ProfileView?> CorrectAsync(
        AppDbContext db, Guid orgId, Guid applicationId, ProfileCorrection? correction, DateTimeOffset now, CancellationToken ct)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == orgId, ct);
        if (application is null) return null;
        application.Corrections = correction is null || correction.IsEmpty ? null : correction;
        var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == application.JobId, ct);
        FitScoring.Score(application, FitScoring.Prepare(job), now);
        await FitScoring.IndexProfileAsync(db, application, ct);
        await db.SaveChangesAsync(ct);
        return View(application);
    }

    /// <summary>Queues the resume to be read again (after a reader upgrade, say); corrections stay. False when there is no resume.</summary>
    public static async Task<bool> RereadAsync(AppDbContext db, WorkQueue queue, Guid orgId, Guid applicationId, CancellationToken ct)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == orgId, ct);
        if (application?.Resume is null) return false;
        application.ResumeStatus = ResumeStatus.Queued;
        application.ResumeError = null;
        queue.Enqueue(db, orgId, ResumeReading.Kind, application.Id);
        await db.SaveChangesAsync(ct);
        queue.Wake();
        return true;
    }

    static ProfileView View(Application a) =>
        new(a.Id, a.ResumeStatus, a.ResumeError, a.ParsedProfile, a.Corrections, a.Profile, a.FitScore, a.FitReasons, a.ScoredAt, false);
}
