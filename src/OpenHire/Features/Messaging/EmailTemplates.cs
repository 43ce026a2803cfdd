using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Messaging;

public sealed record EmailTemplateResponse(EmailTemplateKind Kind, string Subject, string Body, bool IsDefault, DateTimeOffset? UpdatedAt);
public sealed record EmailTemplateInput(string? Subject, string? Body);
public sealed record EmailPreview(string Subject, string Body);

/// <summary>Reading, changing and previewing an organization's email templates; shared by the API and the settings page.</summary>
public static class EmailTemplates
{
    public const int MaxSubject = 500;
    public const int MaxBody = 20_000;

    public static async Task<List<EmailTemplateResponse>> ListAsync(AppDbContext db, Guid orgId, CancellationToken ct)
    {
        var stored = await db.Set<EmailTemplate>().AsNoTracking().Where(t => t.OrganizationId == orgId).ToDictionaryAsync(t => t.Kind, ct);
        return [.. Enum.GetValues<EmailTemplateKind>().Select(kind => stored.TryGetValue(kind, out var t)
            ? new EmailTemplateResponse(kind, t.Subject, t.Body, false, t.UpdatedAt)
            : Default(kind))];
    }

    public static EmailTemplateResponse Default(EmailTemplateKind kind)
    {
        var (subject, body) = EmailTemplateDefaults.For(kind);
        return new(kind, subject, body, true, null);
    }

    /// <summary>Renders a template's text on made-up data: 422 when it does not parse or render.</summary>
    public static async Task<PipelineResult<EmailPreview>> PreviewAsync(EmailTemplateInput input, string publicUrl)
    {
        if (Invalid(input) is { } invalid) return invalid.As<EmailPreview>();
        var variables = EmailComposer.SampleVariables(publicUrl);
        var (subject, subjectError) = await LiquidTemplates.RenderAsync("subject", input.Subject!, variables);
        if (subjectError is not null) return ApplicationEmails.TemplateProblem<EmailPreview>(subjectError);
        var (body, bodyError) = await LiquidTemplates.RenderAsync("body", input.Body!, variables);
        if (bodyError is not null) return ApplicationEmails.TemplateProblem<EmailPreview>(bodyError);
        return PipelineResult<EmailPreview>.Ok(new(subject!.Trim(), body!.Trim()));
    }

    /// <summary>Stores the organization's own template after checking it renders; a template with an error is refused (422) and nothing changes.</summary>
    public static async Task<PipelineResult<EmailTemplateResponse>> SaveAsync(
        AppDbContext db, Guid orgId, EmailTemplateKind kind, EmailTemplateInput input, string publicUrl, DateTimeOffset now, CancellationToken ct)
    {
        var preview = await PreviewAsync(input, publicUrl);
        if (!preview.Succeeded) return preview.As<EmailTemplateResponse>();
        var template = await db.Set<EmailTemplate>().SingleOrDefaultAsync(t => t.OrganizationId == orgId && t.Kind == kind, ct);
        if (template is null)
            db.Add(template = new EmailTemplate { OrganizationId = orgId, Kind = kind, Subject = input.Subject!, Body = input.Body!, UpdatedAt = now });
        else
            (template.Subject, template.Body, template.UpdatedAt) = (input.Subject!, input.Body!, now);
        await db.SaveChangesAsync(ct);
        return PipelineResult<EmailTemplateResponse>.Ok(new(kind, template.Subject, template.Body, false, now));
    }

    /// <summary>Goes back to the shipped default.</summary>
    public static async Task<EmailTemplateResponse> ResetAsync(AppDbContext db, Guid orgId, EmailTemplateKind kind, CancellationToken ct)
    {
        await db.Set<EmailTemplate>().Where(t => t.OrganizationId == orgId && t.Kind == kind).ExecuteDeleteAsync(ct);
        return Default(kind);
    }

    static PipelineResult<object>? Invalid(EmailTemplateInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Subject) || input.Subject.Length > MaxSubject) errors["subject"] = [$"1 to {MaxSubject} characters."];
        if (string.IsNullOrWhiteSpace(input.Body) || input.Body.Length > MaxBody) errors["body"] = [$"1 to {MaxBody} characters."];
        return errors.Count > 0 ? PipelineResult<object>.Invalid(errors) : null;
    }
}
