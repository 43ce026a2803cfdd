using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Careers;

namespace OpenHire.Features.Jobs;

/// <summary>Reads and state changes of an organization's jobs, shared by the API and the workspace.</summary>
public static class JobQueries
{
    /// <summary>The job, tracked for changes, or null when the organization has no such job.</summary>
    public static Task<Job?> FindAsync(AppDbContext db, Guid orgId, Guid jobId, CancellationToken ct) =>
        db.Jobs.SingleOrDefaultAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct);

    /// <summary>One page of jobs, newest first.</summary>
    public static async Task<Page<Job>> PageAsync(AppDbContext db, Guid orgId, JobStatus? status, Guid? after, int take, CancellationToken ct)
    {
        var query = db.Jobs.AsNoTracking().Where(j => j.OrganizationId == orgId);
        if (status is { } wanted) query = query.Where(j => j.Status == wanted);
        if (after is { } cursor) query = query.Where(j => j.Id < cursor);
        var rows = await query.OrderByDescending(j => j.Id).Take(take + 1).ToListAsync(ct);
        return Paging.ToPage(rows, take, j => j.Id, j => j);
    }

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
