using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Candidates.Tags;

public sealed record TagRef(Guid Id, string Name);
public sealed record TagSummary(Guid Id, string Name, int Candidates);
public sealed record TagInput(string? Name);

/// <summary>The organization's tags and which candidates carry them, shared by the API and the workspace.</summary>
public static class CandidateTags
{
    public static Task<List<TagSummary>> ListAsync(AppDbContext db, Guid orgId, CancellationToken ct) =>
        db.Tags.AsNoTracking().Where(t => t.OrganizationId == orgId).OrderBy(t => t.NormalizedName)
            .Select(t => new TagSummary(t.Id, t.Name, db.CandidateTags.Count(ct2 => ct2.TagId == t.Id))).ToListAsync(ct);

    public static Task<List<TagRef>> OfCandidateAsync(AppDbContext db, Guid orgId, Guid candidateId, CancellationToken ct) =>
        (from ct2 in db.CandidateTags.AsNoTracking()
         where ct2.OrganizationId == orgId && ct2.CandidateId == candidateId
         join t in db.Tags on ct2.TagId equals t.Id
         orderby t.NormalizedName
         select new TagRef(t.Id, t.Name)).ToListAsync(ct);

    /// <summary>Tags the candidate, making the tag when the organization has none by that name; the candidate's tags after.</summary>
    public static async Task<PipelineResult<List<TagRef>>> AddAsync(
        AppDbContext db, Guid orgId, Guid candidateId, TagInput input, DateTimeOffset now, CancellationToken ct)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) return PipelineResult<List<TagRef>>.Invalid("name", "Name the tag.");
        if (name.Length > TagLimits.Name) return PipelineResult<List<TagRef>>.Invalid("name", $"At most {TagLimits.Name} characters.");
        if (!await db.Candidates.AnyAsync(c => c.Id == candidateId && c.OrganizationId == orgId && c.MergedIntoId == null, ct))
            return PipelineResult<List<TagRef>>.NotFound($"No candidate {candidateId} in this organization.");
        var tag = await FindOrAddTagAsync(db, orgId, name, now, ct);
        if (!await db.CandidateTags.AnyAsync(t => t.CandidateId == candidateId && t.TagId == tag.Id, ct))
        {
            db.CandidateTags.Add(new CandidateTag { OrganizationId = orgId, CandidateId = candidateId, TagId = tag.Id, CreatedAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Someone tagged them at the same moment: the tag is there either way.
                db.ChangeTracker.Clear();
            }
        }
        return PipelineResult<List<TagRef>>.Ok(await OfCandidateAsync(db, orgId, candidateId, ct));
    }

    public static async Task<PipelineResult<List<TagRef>>> RemoveAsync(AppDbContext db, Guid orgId, Guid candidateId, Guid tagId, CancellationToken ct)
    {
        if (!await db.Candidates.AnyAsync(c => c.Id == candidateId && c.OrganizationId == orgId, ct))
            return PipelineResult<List<TagRef>>.NotFound($"No candidate {candidateId} in this organization.");
        await db.CandidateTags.Where(t => t.OrganizationId == orgId && t.CandidateId == candidateId && t.TagId == tagId).ExecuteDeleteAsync(ct);
        return PipelineResult<List<TagRef>>.Ok(await OfCandidateAsync(db, orgId, candidateId, ct));
    }

    /// <summary>The ids of the organization's tags with these names; names nobody uses map to nothing.</summary>
    public static async Task<List<Guid>> IdsAsync(AppDbContext db, Guid orgId, IReadOnlyList<string> names, CancellationToken ct)
    {
        var normalized = names.Select(Tag.Normalize).ToList();
        return await db.Tags.Where(t => t.OrganizationId == orgId && normalized.Contains(t.NormalizedName)).Select(t => t.Id).ToListAsync(ct);
    }

    static async Task<Tag> FindOrAddTagAsync(AppDbContext db, Guid orgId, string name, DateTimeOffset now, CancellationToken ct)
    {
        var normalized = Tag.Normalize(name);
        if (await db.Tags.SingleOrDefaultAsync(t => t.OrganizationId == orgId && t.NormalizedName == normalized, ct) is { } existing) return existing;
        var tag = new Tag { OrganizationId = orgId, Name = name, NormalizedName = normalized, CreatedAt = now };
        db.Tags.Add(tag);
        try
        {
            await db.SaveChangesAsync(ct);
            return tag;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.Entry(tag).State = EntityState.Detached;
            return await db.Tags.SingleAsync(t => t.OrganizationId == orgId && t.NormalizedName == normalized, ct);
        }
    }
}
