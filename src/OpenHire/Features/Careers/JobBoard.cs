using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Jobs;
using OpenHire.Features.Organizations;

namespace OpenHire.Features.Careers;

/// <summary>Filters a candidate can apply on the careers site and the job-board API alike.</summary>
public sealed record JobBoardFilter(string? Q, string? Location, WorkplaceType? WorkplaceType, string? Department, EmploymentType? EmploymentType);

/// <summary>What candidates may see: open jobs of one organization, found by its careers slug.</summary>
public static class JobBoard
{
    public static Task<Organization?> FindOrganizationAsync(AppDbContext db, string slug, CancellationToken ct)
    {
        var normalized = slug.ToLowerInvariant();
        return db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == normalized, ct);
    }

    /// <summary>Open jobs, newest first. An organization has tens or hundreds of these: filtering them in memory is cheap and the result is cached.</summary>
    public static async Task<List<Job>> OpenJobsAsync(AppDbContext db, Guid organizationId, DateTimeOffset now, CancellationToken ct)
    {
        var published = await db.Jobs.AsNoTracking()
            .Where(j => j.OrganizationId == organizationId && j.Status == JobStatus.Published)
            .OrderByDescending(j => j.Id).ToListAsync(ct);
        return published.Where(j => j.IsOpen(now)).ToList();
    }

    public static async Task<Job?> FindOpenJobAsync(AppDbContext db, Guid organizationId, Guid jobId, DateTimeOffset now, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.OrganizationId == organizationId, ct);
        return job is not null && job.IsOpen(now) ? job : null;
    }

    public static IEnumerable<Job> Filter(IEnumerable<Job> jobs, JobBoardFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var words = filter.Q.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            jobs = jobs.Where(j => words.All(w => SearchText(j).Contains(w, StringComparison.OrdinalIgnoreCase)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Location))
        {
            var place = filter.Location.Trim();
            jobs = jobs.Where(j => j.Locations.Any(l =>
                $"{l.City}, {l.Region}, {l.Country}".Contains(place, StringComparison.OrdinalIgnoreCase)));
        }
        if (filter.WorkplaceType is { } workplace) jobs = jobs.Where(j => j.WorkplaceType == workplace);
        if (filter.EmploymentType is { } employment) jobs = jobs.Where(j => j.EmploymentType == employment);
        if (!string.IsNullOrWhiteSpace(filter.Department))
            jobs = jobs.Where(j => string.Equals(j.Department, filter.Department.Trim(), StringComparison.OrdinalIgnoreCase));
        return jobs;
    }

    static string SearchText(Job j) => string.Join(' ',
        [j.Title, j.Department, j.Summary, .. j.RequiredQualifications, .. j.PreferredQualifications, .. j.TechStack.SelectMany(g => g.Items)]);
}
