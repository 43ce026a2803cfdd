using Microsoft.EntityFrameworkCore;
using OpenHire.Data;

namespace OpenHire.Features.Applications;

public sealed record CandidateRef(Guid Id, string Name, string Email);
public sealed record FileInfoDto(string FileName, string ContentType, long Length, string Sha256, string DownloadUrl);
public sealed record ApplicationSummary(Guid Id, Guid JobId, CandidateRef Candidate, bool HasResume, DateTimeOffset CreatedAt);
public sealed record OtherApplication(Guid Id, Guid JobId, string JobTitle, DateTimeOffset CreatedAt);

/// <summary>An application with everything a recruiter reads on its page.</summary>
public sealed record ApplicationDetail(
    Guid Id, Guid JobId, string JobTitle, CandidateRef Candidate, string? Phone, string? Location, IReadOnlyList<string> Links,
    string? CoverLetterText, FileInfoDto? Resume, FileInfoDto? CoverLetterFile, DateTimeOffset ConsentedAt, DateTimeOffset CreatedAt,
    IReadOnlyList<OtherApplication> OtherApplications);

/// <summary>Reads applications for staff, always within one organization; shared by the API and the workspace.</summary>
public static class ApplicationQueries
{
    public static async Task<List<ApplicationSummary>> ListForJobAsync(AppDbContext db, Guid orgId, Guid jobId, Guid? after, int take, CancellationToken ct)
    {
        var applications = db.Applications.AsNoTracking().Where(a => a.OrganizationId == orgId && a.JobId == jobId);
        if (after is not null) applications = applications.Where(a => a.Id < after.Value);
        return await (from a in applications
                      join c in db.Candidates on a.CandidateId equals c.Id
                      orderby a.Id descending
                      select new ApplicationSummary(a.Id, a.JobId, new CandidateRef(c.Id, c.Name, c.Email), a.Resume != null, a.CreatedAt))
            .Take(take).ToListAsync(ct);
    }

    public static async Task<ApplicationDetail?> GetAsync(AppDbContext db, Guid orgId, Guid applicationId, CancellationToken ct)
    {
        var row = await db.Applications.AsNoTracking()
            .Where(a => a.Id == applicationId && a.OrganizationId == orgId)
            .Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => new { a, c })
            .Join(db.Jobs, x => x.a.JobId, j => j.Id, (x, j) => new { x.a, x.c, JobTitle = j.Title })
            .SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var others = await OfCandidateAsync(db, orgId, row.c.Id, ct);
        var (a, c) = (row.a, row.c);
        return new ApplicationDetail(
            a.Id, a.JobId, row.JobTitle, new CandidateRef(c.Id, c.Name, c.Email), c.Phone, c.Location, c.Links, a.CoverLetterText,
            Describe(a.Resume, $"/api/v1/applications/{a.Id}/resume"), Describe(a.CoverLetterFile, $"/api/v1/applications/{a.Id}/cover-letter"),
            a.ConsentedAt, a.CreatedAt, others.Where(o => o.Id != a.Id).ToList());
    }

    public static Task<List<OtherApplication>> OfCandidateAsync(AppDbContext db, Guid orgId, Guid candidateId, CancellationToken ct) =>
        (from a in db.Applications.AsNoTracking()
         where a.OrganizationId == orgId && a.CandidateId == candidateId
         join j in db.Jobs on a.JobId equals j.Id
         orderby a.Id descending
         select new OtherApplication(a.Id, a.JobId, j.Title, a.CreatedAt)).ToListAsync(ct);

    /// <summary>The stored file of an application, found only within the organization.</summary>
    public static async Task<StoredFile?> FindFileAsync(AppDbContext db, Guid orgId, Guid applicationId, bool coverLetter, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == orgId, ct);
        return coverLetter ? application?.CoverLetterFile : application?.Resume;
    }

    static FileInfoDto? Describe(StoredFile? file, string url) =>
        file is null ? null : new FileInfoDto(file.FileName, file.ContentType, file.Length, file.Sha256, url);
}
