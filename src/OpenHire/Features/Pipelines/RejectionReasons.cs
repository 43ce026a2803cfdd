using Microsoft.EntityFrameworkCore;
using OpenHire.Data;

namespace OpenHire.Features.Pipelines;

public sealed record ReasonInput(ApplicationOutcome? Kind, string? Text);

/// <summary>The changes to make; members left out stay as they are.</summary>
public sealed record ReasonChange(string? Text, bool? Archived);

public sealed record ReasonResponse(Guid Id, ApplicationOutcome Kind, string Text, bool Archived);

/// <summary>
/// The organization's list of reasons for rejections (ours) and withdrawals (the candidate's).
/// Reasons are archived rather than deleted: applications ended with one keep it.
/// </summary>
public static class RejectionReasons
{
    public static async Task<List<ReasonResponse>> ListAsync(AppDbContext db, Guid orgId, ApplicationOutcome? kind, bool includeArchived, CancellationToken ct)
    {
        var query = db.RejectionReasons.AsNoTracking().Where(r => r.OrganizationId == orgId);
        if (kind is { } k) query = query.Where(r => r.Kind == k);
        if (!includeArchived) query = query.Where(r => r.ArchivedAt == null);
        return [.. (await query.ToListAsync(ct)).OrderBy(r => r.Kind).ThenBy(r => r.Text, StringComparer.OrdinalIgnoreCase).Select(ToResponse)];
    }

    public static async Task<PipelineResult<ReasonResponse>> CreateAsync(AppDbContext db, Guid orgId, ReasonInput input, CancellationToken ct)
    {
        if (input.Kind is not { } kind) return PipelineResult<ReasonResponse>.Invalid("kind", "Say whether it is a reason to reject (rejected) or to withdraw (withdrawn).");
        var text = input.Text?.Trim() ?? "";
        if (TextProblem(text) is { } problem) return problem;
        if (await db.RejectionReasons.AnyAsync(r => r.OrganizationId == orgId && r.Kind == kind && r.ArchivedAt == null && r.Text == text, ct))
            return PipelineResult<ReasonResponse>.Invalid("text", $"\"{text}\" is on the list already.");
        var reason = new RejectionReason { OrganizationId = orgId, Kind = kind, Text = text };
        db.RejectionReasons.Add(reason);
        await db.SaveChangesAsync(ct);
        return PipelineResult<ReasonResponse>.Ok(ToResponse(reason));
    }

    public static async Task<PipelineResult<ReasonResponse>> ChangeAsync(
        AppDbContext db, Guid orgId, Guid id, ReasonChange change, DateTimeOffset now, CancellationToken ct)
    {
        var reason = await db.RejectionReasons.SingleOrDefaultAsync(r => r.Id == id && r.OrganizationId == orgId, ct);
        if (reason is null) return PipelineResult<ReasonResponse>.NotFound($"No rejection reason {id} in this organization.");
        if (change.Text is not null)
        {
            var text = change.Text.Trim();
            if (TextProblem(text) is { } problem) return problem;
            reason.Text = text;
        }
        if (change.Archived is { } archived) reason.ArchivedAt = archived ? reason.ArchivedAt ?? now : null;
        await db.SaveChangesAsync(ct);
        return PipelineResult<ReasonResponse>.Ok(ToResponse(reason));
    }

    static PipelineResult<ReasonResponse>? TextProblem(string text) =>
        text.Length is 0 or > PipelineLimits.ReasonText
            ? PipelineResult<ReasonResponse>.Invalid("text", $"A reason is 1 to {PipelineLimits.ReasonText} characters.")
            : null;

    static ReasonResponse ToResponse(RejectionReason r) => new(r.Id, r.Kind, r.Text, r.ArchivedAt is not null);
}
