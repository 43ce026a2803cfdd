using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Interviews;
using OpenHire.Features.Jobs;

namespace OpenHire.Features.Accounts;

/// <summary>What a check of one job or application found: allowed, visible but not to be changed, or not there for this person.</summary>
public enum AccessDecision
{
    Allowed,
    Forbidden,
    NotFound,
}

/// <summary>
/// The access rules, in one place, for the API, the workspace and every query that lists things:
/// <list type="bullet">
/// <item>admins and recruiters (and organization-wide API keys) see and change all of the organization's hiring;</item>
/// <item>a job's hiring manager sees and changes that job, its applications and their interviews;</item>
/// <item>an interviewer sees the applications they interview in a scheduled interview (or scored), read-only, and the jobs and candidates behind them;</item>
/// <item>scorecards: see <see cref="MaySeeAllScorecardsAsync"/>.</item>
/// </list>
/// Anything outside what one may see answers "not found", so ids of others' work leak nothing.
/// </summary>
public static class StaffAccess
{
    /// <summary>The applications this person may read.</summary>
    public static IQueryable<Application> Applications(AppDbContext db, StaffScope scope)
    {
        var all = db.Applications.Where(a => a.OrganizationId == scope.OrganizationId);
        if (scope.IsOrganizationWide) return all;
        var me = scope.UserId;
        return all.Where(a =>
            db.Jobs.Any(j => j.Id == a.JobId && j.HiringManagerId == me)
            || db.InterviewParticipants.Any(p => p.UserId == me && p.ApplicationId == a.Id
                && db.Interviews.Any(i => i.Id == p.InterviewId && i.Status == InterviewStatus.Scheduled))
            || db.Scorecards.Any(s => s.ApplicationId == a.Id && s.InterviewerId == me));
    }

    /// <summary>The jobs this person may read: their own as hiring manager, and those of the applications they may read.</summary>
    public static IQueryable<Job> Jobs(AppDbContext db, StaffScope scope)
    {
        var all = db.Jobs.Where(j => j.OrganizationId == scope.OrganizationId);
        if (scope.IsOrganizationWide) return all;
        var applications = Applications(db, scope);
        return all.Where(j => j.HiringManagerId == scope.UserId || applications.Any(a => a.JobId == j.Id));
    }

    /// <summary>The candidates behind the applications this person may read.</summary>
    public static IQueryable<Candidate> Candidates(AppDbContext db, StaffScope scope)
    {
        var all = db.Candidates.Where(c => c.OrganizationId == scope.OrganizationId);
        if (scope.IsOrganizationWide) return all;
        var applications = Applications(db, scope);
        return all.Where(c => applications.Any(a => a.CandidateId == c.Id));
    }

    /// <summary>True when this person decides on the job: organization-wide roles and its hiring manager.</summary>
    public static bool Manages(StaffScope scope, Job job) =>
        job.OrganizationId == scope.OrganizationId && (scope.IsOrganizationWide || (scope.UserId is { } me && job.HiringManagerId == me));

    public static async Task<AccessDecision> JobAsync(AppDbContext db, StaffScope scope, Guid jobId, bool change, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().Where(j => j.Id == jobId && j.OrganizationId == scope.OrganizationId)
            .Select(j => new { j.HiringManagerId }).SingleOrDefaultAsync(ct);
        if (job is null) return AccessDecision.NotFound;
        if (scope.IsOrganizationWide || (scope.UserId is { } me && job.HiringManagerId == me)) return AccessDecision.Allowed;
        if (!await Jobs(db, scope).AnyAsync(j => j.Id == jobId, ct)) return AccessDecision.NotFound;
        return change ? AccessDecision.Forbidden : AccessDecision.Allowed;
    }

    public static async Task<AccessDecision> ApplicationAsync(AppDbContext db, StaffScope scope, Guid applicationId, bool change, CancellationToken ct)
    {
        if (scope.IsOrganizationWide)
            return await db.Applications.AnyAsync(a => a.Id == applicationId && a.OrganizationId == scope.OrganizationId, ct)
                ? AccessDecision.Allowed : AccessDecision.NotFound;
        var me = scope.UserId;
        var manages = await db.Applications.Where(a => a.Id == applicationId && a.OrganizationId == scope.OrganizationId)
            .AnyAsync(a => db.Jobs.Any(j => j.Id == a.JobId && j.HiringManagerId == me), ct);
        if (manages) return AccessDecision.Allowed;
        if (!await Applications(db, scope).AnyAsync(a => a.Id == applicationId, ct)) return AccessDecision.NotFound;
        return change ? AccessDecision.Forbidden : AccessDecision.Allowed;
    }

    public static async Task<AccessDecision> CandidateAsync(AppDbContext db, StaffScope scope, Guid candidateId, CancellationToken ct) =>
        await Candidates(db, scope).AnyAsync(c => c.Id == candidateId, ct) ? AccessDecision.Allowed : AccessDecision.NotFound;

    /// <summary>The application an interview belongs to, within the organization.</summary>
    public static Task<Guid?> ApplicationOfInterviewAsync(AppDbContext db, StaffScope scope, Guid interviewId, CancellationToken ct) =>
        db.Interviews.Where(i => i.Id == interviewId && i.OrganizationId == scope.OrganizationId).Select(i => (Guid?)i.ApplicationId).SingleOrDefaultAsync(ct);

    /// <summary>
    /// Others' scorecards are shown to those who decide (organization-wide roles, the job's hiring
    /// manager) and to an interviewer only once they have submitted their own: no anchoring.
    /// </summary>
    public static async Task<bool> MaySeeAllScorecardsAsync(AppDbContext db, StaffScope scope, Guid applicationId, CancellationToken ct)
    {
        if (await ApplicationAsync(db, scope, applicationId, change: true, ct) == AccessDecision.Allowed) return true;
        return scope.UserId is { } me && await db.Scorecards.AnyAsync(s => s.ApplicationId == applicationId && s.InterviewerId == me, ct);
    }

    /// <summary>True when the person interviews this application in a scheduled interview: who may submit a scorecard.</summary>
    public static Task<bool> InterviewsAsync(AppDbContext db, StaffScope scope, Guid applicationId, CancellationToken ct) =>
        scope.UserId is not { } me
            ? Task.FromResult(false)
            : db.InterviewParticipants.AnyAsync(p => p.UserId == me && p.ApplicationId == applicationId && p.OrganizationId == scope.OrganizationId
                && db.Interviews.Any(i => i.Id == p.InterviewId && i.Status == InterviewStatus.Scheduled), ct);
}
