using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Messaging;

/// <summary>/api/v1: email templates, automatic emails, the emails sent about applications, and sending email.</summary>
public static class MessagingApi
{
    public static RouteGroupBuilder MapMessagingApi(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/email-templates").WithTags("Email");
        templates.MapGet("/", async (ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await EmailTemplates.ListAsync(db, user.OrganizationId(), ct)))
            .WithName("ListEmailTemplates").WithSummary("Every kind of email with the organization's template, or the default (is_default) when it has kept it");
        templates.MapGet("/{kind}", async Task<Results<Ok<EmailTemplateResponse>, ValidationProblem>> (string kind, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            Kind(kind) is { } k ? TypedResults.Ok((await EmailTemplates.ListAsync(db, user.OrganizationId(), ct)).Single(t => t.Kind == k)) : KindProblem())
            .WithName("GetEmailTemplate").WithSummary("One template").ProducesValidationProblem();
        templates.MapPut("/{kind}", async Task<Results<Ok<EmailTemplateResponse>, ProblemHttpResult, ValidationProblem>> (
            string kind, EmailTemplateInput input, ClaimsPrincipal user, AppDbContext db, EmailComposer composer, TimeProvider clock, CancellationToken ct) =>
            Kind(kind) is { } k
                ? (await EmailTemplates.SaveAsync(db, user.OrganizationId(), k, input, composer.PublicUrl, clock.GetUtcNow(), ct)).ToHttp()
                : KindProblem())
            .WithName("ReplaceEmailTemplate")
            .WithSummary("Change a template (Liquid; see docs/email-templates.md). One that does not parse or render is refused with 422, naming the field, line and column")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        templates.MapDelete("/{kind}", async Task<Results<Ok<EmailTemplateResponse>, ValidationProblem>> (string kind, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            Kind(kind) is { } k ? TypedResults.Ok(await EmailTemplates.ResetAsync(db, user.OrganizationId(), k, ct)) : KindProblem())
            .WithName("ResetEmailTemplate").WithSummary("Go back to the default template").ProducesValidationProblem();
        api.MapPost("/email-templates/preview", async (EmailTemplateInput input, EmailComposer composer) =>
            (await EmailTemplates.PreviewAsync(input, composer.PublicUrl)).ToHttp())
            .WithTags("Email").WithName("PreviewEmailTemplate").WithSummary("Render a subject and body on sample data, as the settings page's preview does")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var automation = api.MapGroup("/email-automation").WithTags("Email");
        automation.MapGet("/", async (ClaimsPrincipal user, AppDbContext db, CancellationToken ct) => TypedResults.Ok(await EmailRules.GetAsync(db, user.OrganizationId(), ct)))
            .WithName("GetEmailAutomation").WithSummary("The automatic emails sent on stage moves and outcomes (none by default)");
        automation.MapPut("/", async (EmailAutomationSettings settings, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            (await EmailRules.ReplaceAsync(db, user.OrganizationId(), settings, ct)).ToHttp())
            .WithName("ReplaceEmailAutomation")
            .WithSummary("Replace the automatic emails: each rule sends a template on an outcome or on entering a stage, after delay_minutes (default 10); a move meanwhile calls it off")
            .ProducesValidationProblem();

        api.MapGet("/applications/{applicationId:guid}/emails", async Task<Results<Ok<List<EmailResponse>>, ProblemHttpResult>> (
            Guid applicationId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            await SentEmails.ForApplicationAsync(db, user.OrganizationId(), applicationId, ct) is { } emails
                ? TypedResults.Ok(emails) : Problems.NotFound($"No application {applicationId} in this organization."))
            .WithTags("Email").WithName("ListApplicationEmails").WithSummary("Every email about an application, newest first: recipient, subject, body, attachments, status")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var emails = api.MapGroup("/emails").WithTags("Email");
        emails.MapPost("/", async Task<Results<Ok<List<EmailResponse>>, ProblemHttpResult, ValidationProblem>> (
            BulkEmailRequest request, ClaimsPrincipal user, ApplicationEmails sender, CancellationToken ct) =>
        {
            if (request.Template is null && (string.IsNullOrWhiteSpace(request.Subject) || string.IsNullOrWhiteSpace(request.Body)))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["template"] = ["Choose a template, or give a subject and a body."] });
            if (request.Subject?.Length > EmailTemplates.MaxSubject || request.Body?.Length > EmailTemplates.MaxBody)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"At most {EmailTemplates.MaxSubject} characters of subject and {EmailTemplates.MaxBody} of body."] });
            var emailRequest = request.Template is { } kind ? new EmailRequest(kind) : new EmailRequest(null, request.Subject, request.Body);
            var result = await sender.SendAsync(user.OrganizationId(), request.ApplicationIds ?? [], emailRequest, Actor.From(user), ct);
            return result.Succeeded ? TypedResults.Ok(result.Value!.Select(SentEmails.ToResponse).ToList()) : result.As<List<EmailResponse>>().ToHttp();
        }).WithName("SendEmails")
            .WithSummary("Email one or many (up to 500) applications' candidates: a template, or an ad-hoc subject and body (Liquid placeholders allowed); each email lands on its application's timeline")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        emails.MapGet("/{emailId:guid}", async Task<Results<Ok<EmailResponse>, ProblemHttpResult>> (Guid emailId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            await SentEmails.FindAsync(db, user.OrganizationId(), emailId, ct) is { } email
                ? TypedResults.Ok(await SentEmails.ViewAsync(db, user.OrganizationId(), email, ct)) : Problems.NotFound($"No email {emailId} in this organization."))
            .WithName("GetEmail").WithSummary("One email").ProducesProblem(StatusCodes.Status404NotFound);
        emails.MapGet("/{emailId:guid}/attachments/{index:int}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            Guid emailId, int index, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            await SentEmails.FindAsync(db, user.OrganizationId(), emailId, ct) is { Attachments: { } files } && index >= 0 && index < files.Count
                ? TypedResults.File(files[index].Content, files[index].ContentType, files[index].FileName)
                : Problems.NotFound($"No attachment {index} on email {emailId}."))
            .WithName("GetEmailAttachment").WithSummary("Download one of an email's attachments").ProducesProblem(StatusCodes.Status404NotFound);
        emails.MapPost("/{emailId:guid}/cancel", async (Guid emailId, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            (await SentEmails.CancelAsync(db, user.OrganizationId(), emailId, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp())
            .WithName("CancelEmail").WithSummary("Call off an email that has not been sent yet (an automatic email waiting out its delay)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static EmailTemplateKind? Kind(string text) => EnumText.TryParse<EmailTemplateKind>(text, out var kind) ? kind : null;

    static ValidationProblem KindProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = EnumText.Expected<EmailTemplateKind>() });
}
