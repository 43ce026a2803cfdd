using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Infrastructure.Queue;

namespace OpenHire.Features.Resumes;

/// <summary>Scores every read application of a job again after its requirements changed.</summary>
public sealed class JobRescoring(AppDbContext db, WriteGate writes, TimeProvider clock) : IWorkHandler
{
    public const string Kind = "job.rescore";
    const int PageSize = 500;

    public async Task HandleAsync(QueuedWork work, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == work.SubjectId && j.OrganizationId == work.OrganizationId, ct);
        if (job is null) return;
        var prepared = FitScoring.Prepare(job);
        Guid? after = null;
        while (true)
        {
            var query = db.Applications.Where(a => a.JobId == job.Id && (a.ParsedProfile != null || a.Corrections != null));
            if (after is { } last) query = query.Where(a => a.Id > last);
            var page = await query.OrderBy(a => a.Id).Take(PageSize).ToListAsync(ct);
            if (page.Count == 0) return;
            var now = clock.GetUtcNow();
            foreach (var application in page) FitScoring.Score(application, prepared, now);
            // Pages are saved as they go; the last one commits with the work's completion.
            if (page.Count == PageSize)
            {
                using (await writes.EnterAsync(ct)) await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            after = page[^1].Id;
            if (page.Count < PageSize) return;
        }
    }

    public Task GiveUpAsync(QueuedWork work, string error, CancellationToken ct) => Task.CompletedTask;
}
