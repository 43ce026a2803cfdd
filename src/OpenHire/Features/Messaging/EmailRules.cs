using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Messaging;

/// <summary>One automatic email: on an outcome (rejected, withdrawn) or on entering a stage (by name), send a template after a delay.</summary>
public sealed record EmailRuleDto(ApplicationOutcome? Outcome, string? StageName, EmailTemplateKind? Template, int? DelayMinutes);

public sealed record EmailAutomationSettings(List<EmailRuleDto>? Rules);

/// <summary>The organization's automatic emails: none until someone adds them; replaced as a whole.</summary>
public static class EmailRules
{
    public const int MaxDelayMinutes = 7 * 24 * 60;
    public const int DefaultDelayMinutes = 10;

    public static async Task<EmailAutomationSettings> GetAsync(AppDbContext db, Guid orgId, CancellationToken ct)
    {
        var rules = await db.Set<EmailRule>().AsNoTracking().Where(r => r.OrganizationId == orgId).OrderBy(r => r.Id).ToListAsync(ct);
        return new([.. rules.Select(r => new EmailRuleDto(r.Outcome, r.StageName, r.Template, r.DelayMinutes))]);
    }

    public static async Task<PipelineResult<EmailAutomationSettings>> ReplaceAsync(AppDbContext db, Guid orgId, EmailAutomationSettings settings, CancellationToken ct)
    {
        var rules = settings.Rules ?? [];
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            if ((r.Outcome is null) == string.IsNullOrWhiteSpace(r.StageName)) errors[$"rules[{i}]"] = ["Give either an outcome (rejected, withdrawn) or a stage_name, not both."];
            else if (r.StageName?.Trim().Length > 100) errors[$"rules[{i}].stage_name"] = ["At most 100 characters."];
            if (r.Template is null) errors[$"rules[{i}].template"] = ["Choose the template to send."];
            if (r.DelayMinutes is < 0 or > MaxDelayMinutes) errors[$"rules[{i}].delay_minutes"] = [$"0 to {MaxDelayMinutes} minutes."];
        }
        if (rules.Count > 50) errors["rules"] = ["At most 50 rules."];
        if (errors.Count > 0) return PipelineResult<EmailAutomationSettings>.Invalid(errors);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<EmailRule>().Where(r => r.OrganizationId == orgId).ExecuteDeleteAsync(ct);
        db.AddRange(rules.Select(r => new EmailRule
        {
            OrganizationId = orgId, Outcome = r.Outcome, StageName = r.StageName?.Trim() is { Length: > 0 } s ? s : null,
            Template = r.Template!.Value, DelayMinutes = r.DelayMinutes ?? DefaultDelayMinutes,
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return PipelineResult<EmailAutomationSettings>.Ok(await GetAsync(db, orgId, ct));
    }
}
