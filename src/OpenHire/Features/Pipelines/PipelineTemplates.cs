using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Infrastructure;

namespace OpenHire.Features.Pipelines;

public sealed record TemplateInput(string? Name, List<string?>? Stages, bool? IsDefault = null);
public sealed record TemplateResponse(Guid Id, string Name, IReadOnlyList<string> Stages, bool IsDefault, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>
/// An organization's pipeline templates. Exactly one is the default, copied into every new job;
/// changing a template never changes the jobs already made from it.
/// </summary>
public static class PipelineTemplates
{
    public static async Task<List<TemplateResponse>> ListAsync(AppDbContext db, Guid orgId, CancellationToken ct) =>
        [.. (await db.PipelineTemplates.AsNoTracking().Where(t => t.OrganizationId == orgId).ToListAsync(ct))
            .OrderByDescending(t => t.IsDefault).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(ToResponse)];

    public static async Task<TemplateResponse?> GetAsync(AppDbContext db, Guid orgId, Guid id, CancellationToken ct) =>
        await db.PipelineTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == orgId, ct) is { } t ? ToResponse(t) : null;

    public static async Task<PipelineResult<TemplateResponse>> CreateAsync(AppDbContext db, Guid orgId, TemplateInput input, DateTimeOffset now, CancellationToken ct)
    {
        var (name, stages, errors) = Validate(input);
        if (!errors.IsEmpty) return PipelineResult<TemplateResponse>.Invalid(errors.ToDictionary());
        var template = new PipelineTemplate { OrganizationId = orgId, Name = name, Stages = stages, CreatedAt = now, UpdatedAt = now };
        db.PipelineTemplates.Add(template);
        if (input.IsDefault == true) await MakeDefaultAsync(db, orgId, template, ct);
        await db.SaveChangesAsync(ct);
        return PipelineResult<TemplateResponse>.Ok(ToResponse(template));
    }

    public static async Task<PipelineResult<TemplateResponse>> ReplaceAsync(AppDbContext db, Guid orgId, Guid id, TemplateInput input, DateTimeOffset now, CancellationToken ct)
    {
        var (name, stages, errors) = Validate(input);
        if (!errors.IsEmpty) return PipelineResult<TemplateResponse>.Invalid(errors.ToDictionary());
        var template = await db.PipelineTemplates.SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == orgId, ct);
        if (template is null) return NotFound(id);
        if (template.IsDefault && input.IsDefault == false)
            return PipelineResult<TemplateResponse>.Invalid("is_default", "Make another template the default instead: there is always one.");
        (template.Name, template.Stages, template.UpdatedAt) = (name, stages, now);
        if (input.IsDefault == true) await MakeDefaultAsync(db, orgId, template, ct);
        await db.SaveChangesAsync(ct);
        return PipelineResult<TemplateResponse>.Ok(ToResponse(template));
    }

    public static async Task<PipelineResult<TemplateResponse>> DeleteAsync(AppDbContext db, Guid orgId, Guid id, CancellationToken ct)
    {
        var template = await db.PipelineTemplates.SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == orgId, ct);
        if (template is null) return NotFound(id);
        if (template.IsDefault) return PipelineResult<TemplateResponse>.Conflict("The default template cannot be deleted; make another the default first.");
        db.PipelineTemplates.Remove(template);
        await db.SaveChangesAsync(ct);
        return PipelineResult<TemplateResponse>.Ok(ToResponse(template));
    }

    static async Task MakeDefaultAsync(AppDbContext db, Guid orgId, PipelineTemplate template, CancellationToken ct)
    {
        foreach (var other in await db.PipelineTemplates.Where(t => t.OrganizationId == orgId && t.IsDefault && t.Id != template.Id).ToListAsync(ct))
            other.IsDefault = false;
        template.IsDefault = true;
    }

    static (string Name, List<string> Stages, ValidationErrors Errors) Validate(TemplateInput input)
    {
        var errors = new ValidationErrors();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > PipelineLimits.TemplateName) errors.Add("name", $"A template name is 1 to {PipelineLimits.TemplateName} characters.");
        var stages = StageNames.Validate(input.Stages ?? [], "stages", errors);
        return (name, stages, errors);
    }

    static PipelineResult<TemplateResponse> NotFound(Guid id) => PipelineResult<TemplateResponse>.NotFound($"No pipeline template {id} in this organization.");

    static TemplateResponse ToResponse(PipelineTemplate t) => new(t.Id, t.Name, t.Stages, t.IsDefault, t.CreatedAt, t.UpdatedAt);
}
