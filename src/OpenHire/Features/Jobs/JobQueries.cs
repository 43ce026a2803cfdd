using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Careers;
using OpenHire.Features.Resumes;
using OpenHire.Infrastructure.Queue;

namespace OpenHire.Features.Jobs;

/// <summary>Reads and state changes of an organization's jobs, shared by the API and the workspace.</summary>
public static class JobQueries
{
    /// <summary>The job, tracked for changes, or null when the organization has no such job.</summary>
    public static Task<Job?> FindAsync(AppDbContext db, Guid orgId, Guid jobId, CancellationToken ct) =>
        db.Jobs.SingleOrDefaultAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct);

    /// <summary>One page of the jobs the person may see, newest first.</summary>
    public static async Task<Page<Job>> PageAsync(AppDbContext db, StaffScope scope, JobStatus? status, Guid? after, int take, CancellationToken ct)
    {
        var query = StaffAccess.Jobs(db, scope).AsNoTracking();
        if (status is { } wanted) query = query.Where(j => j.Status == wanted);
        if (after is { } cursor) query = query.Where(j => j.Id < cursor);
        var rows = await query.OrderByDescending(j => j.Id).Take(take + 1).ToListAsync(ct);
        return Paging.ToPage(rows, take, j => j.Id, j => j);
    }

    /// <summary>
    /// Saves a new or edited job from its input and refreshes the public pages; when an edit changes
    /// what the job asks for, its applications are scored again in the background.
    /// </summary>
    public static async Task SaveAsync(AppDbContext db, PublicJobCache cache, WorkQueue queue, Job job, JobInput input, StaffScope scope, DateTimeOffset now, CancellationToken ct)
    {
        var isNew = db.Entry(job).State == EntityState.Detached;
        var asked = isNew ? null : FitScoring.Fingerprint(job);
        job.Apply(input, now);
        if (scope.IsOrganizationWide) job.HiringManagerId = input.HiringManagerId;
        if (isNew) db.Jobs.Add(job);
        var rescore = asked is not null && asked != FitScoring.Fingerprint(job);
        if (rescore) queue.Enqueue(db, job.OrganizationId, JobRescoring.Kind, job.Id);
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(job.OrganizationId, ct);
        if (rescore) queue.Wake();
    }

    /// <summary>The problem with a chosen hiring manager, or none: they must be a member of the organization.</summary>
    public static async Task<Dictionary<string, string[]>> CheckHiringManagerAsync(AppDbContext db, Guid orgId, Guid? memberId, CancellationToken ct) =>
        memberId is { } id && !await db.Users.AnyAsync(u => u.Id == id && u.OrganizationId == orgId, ct)
            ? new() { ["hiring_manager_id"] = ["Choose a member of the team (GET /api/v1/team)."] }
            : [];

    /// <summary>Publishes, unpublishes or closes a job and refreshes the public pages; returns why not, when the state forbids it.</summary>
    public static async Task<string?> ChangeStateAsync(AppDbContext db, PublicJobCache cache, Job job, Action<Job> change, CancellationToken ct)
    {
        try
        {
            change(job);
        }
        catch (JobStateException e)
        {
            return e.Message;
        }
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(job.OrganizationId, ct);
        return null;
    }
}
