using Microsoft.AspNetCore.Mvc;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Pipelines.Pages;

namespace OpenHire.Features.Messaging;

/// <summary>The workspace's email forms and downloads: the same operations as the API, answered with a redirect and a message.</summary>
public static class MessagingStaffEndpoints
{
    public static void MapMessagingStaffEndpoints(this IEndpointRouteBuilder app)
    {
        // Admins and recruiters unless a form says otherwise (StaffAccess).
        var staff = app.MapGroup("/staff").RequireAuthorization(AccountsRegistration.StaffPolicy).ExcludeFromDescription().EnforceStaffAccess();
        staff.MapPost("/applications/{applicationId:guid}/emails", async (Guid applicationId, [FromForm(Name = "template")] string? template,
            [FromForm(Name = "subject")] string? subject, [FromForm(Name = "body")] string? body, HttpContext http, ApplicationEmails sender, CancellationToken ct) =>
        {
            EnumText.TryParse<EmailTemplateKind>(template, out var kind);
            var result = kind is null && (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(body))
                ? PipelineResult<List<Infrastructure.Email.OutboxEmail>>.Invalid("body", "Choose a template, or write a subject and a message.")
                : await sender.SendAsync(http.User.OrganizationId(), [applicationId], new EmailRequest(kind, subject, body), Actor.From(http.User), ct);
            Flash.Set(http, result.Succeeded ? "Email queued." : result.Message, isProblem: !result.Succeeded);
            return TypedResults.Redirect($"/staff/applications/{applicationId}");
        });
        staff.MapPost("/emails/{emailId:guid}/cancel", async (Guid emailId, [FromForm(Name = "application_id")] Guid? applicationId,
            HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await SentEmails.CancelAsync(db, http.User.OrganizationId(), emailId, Actor.From(http.User), clock.GetUtcNow(), ct);
            Flash.Set(http, result.Succeeded ? "The email will not be sent." : result.Message, isProblem: !result.Succeeded);
            return TypedResults.Redirect(applicationId is { } id ? $"/staff/applications/{id}" : "/staff");
        });
        staff.MapGet("/emails/{emailId:guid}/attachments/{index:int}", async (Guid emailId, int index, HttpContext http, AppDbContext db, CancellationToken ct) =>
            await SentEmails.FindAsync(db, http.User.OrganizationId(), emailId, ct) is { Attachments: { } files } && index >= 0 && index < files.Count
                ? Results.File(files[index].Content, files[index].ContentType, files[index].FileName)
                : Results.NotFound());
    }
}
