using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Messaging;

/// <summary>
/// "When an application is rejected (or withdrawn, or enters a stage of this name), email the
/// candidate with this template after this delay." An organization has none until it adds some.
/// </summary>
public sealed class EmailRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }

    /// <summary>The outcome that triggers the rule; null when a stage does.</summary>
    public ApplicationOutcome? Outcome { get; init; }

    /// <summary>The stage (by name, in any job, ignoring case) whose entry triggers the rule; null when an outcome does.</summary>
    public string? StageName { get; init; }

    public EmailTemplateKind Template { get; init; }

    /// <summary>How long the email waits before it is sent; moving the application again meanwhile calls it off.</summary>
    public int DelayMinutes { get; init; }
}

/// <summary>
/// Sends the automatic emails of <see cref="EmailRule"/>s. It watches the timeline events a save
/// adds, whichever code path moved the application (API, board, bulk action, status page), and
/// writes the emails into the same save. A later move or reopen of the application calls off its
/// automatic emails that are still waiting, so undoing an accidental rejection sends nothing.
/// </summary>
public sealed class EmailAutomation(EmailComposer composer) : SaveChangesInterceptor
{
    static readonly ApplicationEventKind[] Triggers =
        [ApplicationEventKind.Moved, ApplicationEventKind.Rejected, ApplicationEventKind.Withdrawn, ApplicationEventKind.Reopened];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db) ApplyAsync(db, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is AppDbContext db) await ApplyAsync(db, ct);
        return result;
    }

    async Task ApplyAsync(AppDbContext db, CancellationToken ct)
    {
        var events = db.ChangeTracker.Entries<ApplicationEvent>()
            .Where(e => e.State == EntityState.Added && Triggers.Contains(e.Entity.Kind)).Select(e => e.Entity).ToList();
        if (events.Count == 0) return;
        var now = events[0].At;
        await CallOffWaitingAsync(db, events, now, ct);
        foreach (var group in events.GroupBy(e => e.OrganizationId))
        {
            var rules = await db.Set<EmailRule>().AsNoTracking().Where(r => r.OrganizationId == group.Key).ToListAsync(ct);
            if (rules.Count == 0) continue;
            var stageIds = group.Select(e => e.ToStageId).OfType<Guid>().Distinct().ToList();
            var stages = await db.PipelineStages.AsNoTracking().Where(s => stageIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
            var due = group.SelectMany(e => rules.Where(r => Matches(r, e, stages)).Select(r => (Event: e, Rule: r))).ToList();
            if (due.Count == 0) continue;
            var facts = await EmailFacts.LoadAsync(db, group.Key, [.. due.Select(d => d.Event.ApplicationId).Distinct()], ct);
            foreach (var (e, rule) in due)
            {
                if (!facts.TryGetValue(e.ApplicationId, out var fact)) continue;
                // A broken template must not stop the move itself: the email is skipped, the move goes on.
                await composer.AddAsync(db, fact, new EmailRequest(rule.Template, SendAfter: now.AddMinutes(rule.DelayMinutes)),
                    new Actor(null, "automatic"), now, ct);
            }
        }
    }

    static bool Matches(EmailRule rule, ApplicationEvent e, Dictionary<Guid, string> stages) => e.Kind switch
    {
        ApplicationEventKind.Rejected => rule.Outcome == ApplicationOutcome.Rejected,
        ApplicationEventKind.Withdrawn => rule.Outcome == ApplicationOutcome.Withdrawn,
        ApplicationEventKind.Moved => rule.StageName is { } name && e.ToStageId is { } to
            && string.Equals(stages.GetValueOrDefault(to), name, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Calls off the automatic emails still waiting for the applications that change now.</summary>
    static async Task CallOffWaitingAsync(AppDbContext db, List<ApplicationEvent> events, DateTimeOffset now, CancellationToken ct)
    {
        var ids = events.Select(e => (Guid?)e.ApplicationId).Distinct().ToList();
        var waiting = await db.OutboxEmails.Where(m => ids.Contains(m.ApplicationId) && m.SentAt == null && m.CancelledAt == null
            && m.SendAfter != null && m.SendAfter > now && m.ClaimToken == null).ToListAsync(ct);
        foreach (var email in waiting)
        {
            db.Entry(email).Property(m => m.CancelledAt).CurrentValue = now;
            db.ApplicationEvents.Add(new ApplicationEvent
            {
                OrganizationId = email.OrganizationId,
                ApplicationId = email.ApplicationId!.Value,
                Kind = ApplicationEventKind.EmailCancelled,
                At = now,
                ActorName = "automatic",
                Note = email.Subject,
                SubjectId = email.Id,
            });
        }
    }
}
