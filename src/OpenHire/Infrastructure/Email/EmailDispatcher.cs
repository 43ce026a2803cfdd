using Microsoft.EntityFrameworkCore;
using MimeKit;
using OpenHire.Data;

namespace OpenHire.Infrastructure.Email;

/// <summary>
/// Sends what the outbox holds. Any number of processes may run it: a row is claimed with a
/// conditional update before sending, so two dispatchers never send the same email.
/// </summary>
public sealed class EmailDispatcher(
    IServiceScopeFactory scopes, IEmailSender sender, MailboxAddress from, WriteGate writes,
    TimeProvider clock, ILogger<EmailDispatcher> log) : BackgroundService
{
    public const int MaxAttempts = 8;
    static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);
    static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(5);
    const int BatchSize = 100;
    readonly SemaphoreSlim wake = new(0);

    /// <summary>Asks for a send pass now instead of at the next poll.</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0) wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                while (await SendPendingAsync(stop) > 0) { }
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                log.LogError(e, "Email dispatch pass failed; retrying at the next poll");
            }
            try { await wake.WaitAsync(PollEvery, stop); } catch (OperationCanceledException) { }
        }
    }

    /// <summary>Sends one batch of due emails and returns how many it handled.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        var due = await db.OutboxEmails
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0) return 0;
        // One conditional update claims the whole batch: on SQLite every write queues for the
        // single writer, so a write per email would slow down the applications that cause them.
        using (await writes.EnterAsync(ct))
            await db.OutboxEmails
                .Where(m => due.Contains(m.Id) && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.ClaimToken, token)
                    .SetProperty(m => m.ClaimedUntil, now + ClaimFor)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        var claimed = await db.OutboxEmails.AsNoTracking().Where(m => m.ClaimToken == token).ToListAsync(ct);
        var sent = new List<Guid>();
        foreach (var email in claimed)
        {
            try
            {
                await sender.SendAsync(ToMime(email), ct);
                sent.Add(email.Id);
                EmailLog.Sent(log, email.Id, email.ToAddress);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Sending email {EmailId} failed (attempt {Attempt})", email.Id, email.Attempts);
                // Back off by leaving the claim in place: the row is retried after it expires.
                await db.OutboxEmails.Where(m => m.Id == email.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, e.Message), ct);
            }
        }
        if (sent.Count > 0)
            using (await writes.EnterAsync(ct))
                await db.OutboxEmails.Where(m => sent.Contains(m.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, clock.GetUtcNow()).SetProperty(m => m.LastError, (string?)null), ct);
        return claimed.Count;
    }

    static MimeEntity Body(OutboxEmail email)
    {
        var text = new TextPart("plain") { Text = email.TextBody };
        if (email.AttachmentText is null) return text;
        // A calendar invitation travels as a text/calendar part with its METHOD, which mail programs offer to add.
        var attachment = new MimePart(ContentType.Parse(email.AttachmentContentType ?? "application/octet-stream"))
        {
            Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(email.AttachmentText))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = email.AttachmentFileName },
            ContentTransferEncoding = ContentEncoding.Base64,
        };
        return new Multipart("mixed") { text, attachment };
    }

    MimeMessage ToMime(OutboxEmail email)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            MessageId = $"{email.Id:N}@openhire",
            Body = Body(email),
        };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        return message;
    }
}
