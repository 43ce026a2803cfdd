using OpenHire.Data;
using OpenHire.Features.Pipelines;
using OpenHire.Infrastructure.Email;

namespace OpenHire.Features.Messaging;

/// <summary>
/// "Send this email to these applications": the service other features call (offers, interview
/// invitations, bulk email). All the emails are written in one transaction and sent in the background.
/// </summary>
public sealed class ApplicationEmails(AppDbContext db, EmailComposer composer, EmailDispatcher dispatcher, WriteGate writes, TimeProvider clock)
{
    public const int MaxRecipients = 500;

    /// <summary>
    /// Queues one email per application. 404 when an application is not the organization's, 422 when
    /// the text does not render; nothing is queued unless every email could be written.
    /// </summary>
    public async Task<PipelineResult<List<OutboxEmail>>> SendAsync(
        Guid orgId, IReadOnlyCollection<Guid> applicationIds, EmailRequest request, Actor? actor, CancellationToken ct)
    {
        var ids = applicationIds.Distinct().ToList();
        if (ids.Count is 0 or > MaxRecipients)
            return PipelineResult<List<OutboxEmail>>.Invalid("application_ids", $"List 1 to {MaxRecipients} application ids.");
        var facts = await EmailFacts.LoadAsync(db, orgId, ids, ct);
        var missing = ids.Where(id => !facts.ContainsKey(id)).ToList();
        if (missing.Count > 0) return PipelineResult<List<OutboxEmail>>.NotFound($"No application {missing[0]} in this organization.");
        var now = clock.GetUtcNow();
        var emails = new List<OutboxEmail>();
        using var turn = await writes.EnterAsync(ct);
        foreach (var id in ids)
        {
            var (email, error) = await composer.AddAsync(db, facts[id], request, actor, now, ct);
            if (error is not null)
            {
                db.ChangeTracker.Clear();
                return TemplateProblem<List<OutboxEmail>>(error);
            }
            emails.Add(email!);
        }
        await db.SaveChangesAsync(ct);
        dispatcher.Wake();
        return PipelineResult<List<OutboxEmail>>.Ok(emails);
    }

    /// <summary>A template that does not parse or render: 422 with where it went wrong.</summary>
    public static PipelineResult<T> TemplateProblem<T>(TemplateError error) => new(default, StatusCodes.Status422UnprocessableEntity,
        $"The {error.Field} template has an error: {error.Message}",
        Facts: new() { ["field"] = error.Field, ["line"] = error.Line, ["column"] = error.Column, ["error"] = error.Message });
}
