using OpenHire.Features.Fairness;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Pipelines;
using OpenHire.Infrastructure.Email;

namespace OpenHire.Features.Messaging;

public sealed record AttachmentInfo(int Index, string FileName, string ContentType, long Length);

/// <summary>An email as the team sees it: who it went to, what it said, what it carried, and where sending stands.</summary>
public sealed record EmailResponse(
    Guid Id, Guid? ApplicationId, string ToAddress, string ToName, string Subject, string Body, string? Template,
    IReadOnlyList<AttachmentInfo> Attachments, EmailStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? SendAfter,
    DateTimeOffset? SentAt, DateTimeOffset? CancelledAt, string? LastError);

public enum EmailStatus { Waiting, Sending, Sent, Failed, Cancelled }

/// <summary>Ad-hoc (subject and body, Liquid allowed) or templated email to one or many applications.</summary>
public sealed record BulkEmailRequest(List<Guid>? ApplicationIds, EmailTemplateKind? Template, string? Subject, string? Body);

/// <summary>Reading the emails sent about applications, and calling off one that is still waiting.</summary>
public static partial class SentEmails
{
    public static async Task<List<EmailResponse>?> ForApplicationAsync(AppDbContext db, Guid orgId, Guid applicationId, CancellationToken ct)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == applicationId && a.OrganizationId == orgId, ct)) return null;
        var rows = await db.OutboxEmails.AsNoTracking().Where(m => m.ApplicationId == applicationId && m.OrganizationId == orgId)
            .OrderByDescending(m => m.Id).ToListAsync(ct);
        var hidden = await HiddenCandidateAsync(db, orgId, applicationId, ct);
        return [.. rows.Select(row => Redacted(ToResponse(row), hidden))];
    }

    /// <summary>The email as staff may read it: under blind review, without the candidate's address or name.</summary>
    public static async Task<EmailResponse> ViewAsync(AppDbContext db, Guid orgId, OutboxEmail email, CancellationToken ct) =>
        Redacted(ToResponse(email), email.ApplicationId is { } applicationId ? await HiddenCandidateAsync(db, orgId, applicationId, ct) : null);

    /// <summary>The candidate behind the application when blind review hides them, else null.</summary>
    static async Task<(Guid Id, string Name)?> HiddenCandidateAsync(AppDbContext db, Guid orgId, Guid applicationId, CancellationToken ct)
    {
        if (!await BlindReview.HidesAsync(db, orgId, applicationId, ct)) return null;
        var candidate = await db.Applications.Where(a => a.Id == applicationId).Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => new { c.Id, c.Name }).SingleAsync(ct);
        return (candidate.Id, candidate.Name);
    }

    static EmailResponse Redacted(EmailResponse view, (Guid Id, string Name)? hidden) => hidden is not { } candidate ? view : view with
    {
        ToAddress = "",
        ToName = BlindReview.Alias(candidate.Id),
        Subject = BlindReview.Text(view.Subject, candidate.Name) ?? "",
        Body = BlindReview.Text(view.Body, candidate.Name) ?? "",
    };

    public static async Task<OutboxEmail?> FindAsync(AppDbContext db, Guid orgId, Guid emailId, CancellationToken ct) =>
        await db.OutboxEmails.AsNoTracking().SingleOrDefaultAsync(m => m.Id == emailId && m.OrganizationId == orgId, ct);

    /// <summary>Calls off an email that has not been sent yet (an automatic one waiting out its delay).</summary>
    public static async Task<PipelineResult<EmailResponse>> CancelAsync(AppDbContext db, Guid orgId, Guid emailId, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var email = await FindAsync(db, orgId, emailId, ct);
        if (email is null) return PipelineResult<EmailResponse>.NotFound($"No email {emailId} in this organization.");
        // Only while nobody is sending it: a claimed row may be on its way out already.
        var changed = await db.OutboxEmails.Where(m => m.Id == emailId && m.SentAt == null && m.CancelledAt == null && m.ClaimToken == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CancelledAt, now), ct);
        if (changed == 0) return PipelineResult<EmailResponse>.Conflict("The email has been sent (or is being sent, or was cancelled already).");
        if (email.ApplicationId is { } applicationId)
        {
            db.ApplicationEvents.Add(new ApplicationEvent
            {
                OrganizationId = orgId, ApplicationId = applicationId, Kind = ApplicationEventKind.EmailCancelled, At = now,
                ActorUserId = actor.UserId, ActorName = actor.Name, Note = email.Subject, SubjectId = email.Id,
            });
            await db.SaveChangesAsync(ct);
        }
        return PipelineResult<EmailResponse>.Ok(ToResponse((await FindAsync(db, orgId, emailId, ct))!));
    }

    public static EmailResponse ToResponse(OutboxEmail m) => new(
        m.Id, m.ApplicationId, m.ToAddress, m.ToName, m.Subject, HideStatusLinks(m.TextBody), m.TemplateKind,
        [.. (m.Attachments ?? []).Select((a, i) => new AttachmentInfo(i, a.FileName, a.ContentType, a.Content.LongLength))],
        m switch
        {
            { CancelledAt: not null } => EmailStatus.Cancelled,
            { SentAt: not null } => EmailStatus.Sent,
            { Attempts: >= EmailDispatcher.MaxAttempts } => EmailStatus.Failed,
            { Attempts: > 0 } => EmailStatus.Sending,
            _ => EmailStatus.Waiting,
        },
        m.CreatedAt, m.SendAfter, m.SentAt, m.CancelledAt, m.LastError);

    /// <summary>
    /// The team reads what the candidate was sent, except the candidate's private link: with it,
    /// anyone could act as the candidate (withdraw, accept an offer).
    /// </summary>
    public static string HideStatusLinks(string body) => StatusLink().Replace(body, "/status/(the candidate's private link)");

    [GeneratedRegex(@"/status/[A-Za-z0-9_-]{20,}")]
    private static partial Regex StatusLink();
}
