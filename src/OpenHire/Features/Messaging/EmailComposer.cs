using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Status;
using OpenHire.Infrastructure.Email;

namespace OpenHire.Features.Messaging;

/// <summary>What an email about an application may say: the facts its placeholders read.</summary>
public sealed record EmailFacts(
    Guid OrganizationId, string OrganizationName, Guid ApplicationId, string CandidateName, string CandidateEmail,
    string JobTitle, string? JobDepartment, string CandidateStage)
{
    public static async Task<Dictionary<Guid, EmailFacts>> LoadAsync(AppDbContext db, Guid orgId, IReadOnlyCollection<Guid> applicationIds, CancellationToken ct)
    {
        var rows = await (
            from a in db.Applications.AsNoTracking()
            where a.OrganizationId == orgId && applicationIds.Contains(a.Id)
            join c in db.Candidates on a.CandidateId equals c.Id
            join j in db.Jobs on a.JobId equals j.Id
            join o in db.Organizations on a.OrganizationId equals o.Id
            join s in db.PipelineStages on a.StageId equals s.Id
            select new { a.Id, o.Name, Candidate = c.Name, c.Email, j.Title, j.Department, Stage = s.Name, s.Position, s.JobId, a.Outcome })
            .ToListAsync(ct);
        var jobIds = rows.Select(r => r.JobId).Distinct().ToList();
        var last = await db.PipelineStages.AsNoTracking().Where(s => jobIds.Contains(s.JobId) && s.RemovedAt == null)
            .GroupBy(s => s.JobId).Select(g => new { g.Key, Last = g.Max(s => s.Position) }).ToDictionaryAsync(g => g.Key, g => g.Last, ct);
        return rows.ToDictionary(r => r.Id, r => new EmailFacts(orgId, r.Name, r.Id, r.Candidate, r.Email, r.Title, r.Department,
            CandidateStages.Name(r.Stage, r.Position, last.GetValueOrDefault(r.JobId), r.Outcome)));
    }
}

/// <summary>One email to write: from a template kind, or ad hoc (subject and body given as Liquid).</summary>
public sealed record EmailRequest(
    EmailTemplateKind? Template, string? Subject = null, string? Body = null,
    IReadOnlyDictionary<string, object?>? Variables = null, IReadOnlyList<OutboxAttachment>? Attachments = null, DateTimeOffset? SendAfter = null);

/// <summary>
/// Writes emails about applications into the outbox: renders the organization's template (or the
/// ad-hoc text) with the application's facts, mints a status link when the text asks for one, and
/// records the email on the application's timeline. Rows are added to the caller's context and
/// saved with the caller's change, so an email exists exactly when the change that caused it does.
/// </summary>
public sealed class EmailComposer(IConfiguration configuration)
{
    /// <summary>Where candidates reach the site; status links are absolute.</summary>
    public string PublicUrl { get; } = (configuration["PublicUrl"] ?? "http://localhost:5000").TrimEnd('/');

    public static async Task<(string Subject, string Body)> SourceAsync(AppDbContext db, Guid orgId, EmailTemplateKind kind, CancellationToken ct)
    {
        var stored = await db.Set<EmailTemplate>().AsNoTracking().Where(t => t.OrganizationId == orgId && t.Kind == kind)
            .Select(t => new { t.Subject, t.Body }).SingleOrDefaultAsync(ct);
        return stored is null ? EmailTemplateDefaults.For(kind) : (stored.Subject, stored.Body);
    }

    public async Task<(OutboxEmail? Email, TemplateError? Error)> AddAsync(
        AppDbContext db, EmailFacts facts, EmailRequest request, Actor? actor, DateTimeOffset now, CancellationToken ct)
    {
        var (subjectSource, bodySource) = request.Template is { } kind
            ? await SourceAsync(db, facts.OrganizationId, kind, ct)
            : (request.Subject ?? "", request.Body ?? "");
        var statusUrl = (subjectSource + bodySource).Contains("url", StringComparison.Ordinal)
            ? $"{PublicUrl}/status/{StatusLinks.Mint(db, facts.OrganizationId, facts.ApplicationId, now)}"
            : null;
        var variables = Variables(facts, statusUrl, request.Variables);
        var (subject, subjectError) = await LiquidTemplates.RenderAsync("subject", subjectSource, variables);
        if (subjectError is not null) return (null, subjectError);
        var (body, bodyError) = await LiquidTemplates.RenderAsync("body", bodySource, variables);
        if (bodyError is not null) return (null, bodyError);
        var email = new OutboxEmail
        {
            OrganizationId = facts.OrganizationId,
            ApplicationId = facts.ApplicationId,
            ToAddress = facts.CandidateEmail,
            ToName = facts.CandidateName,
            Subject = OneLine(subject!),
            TextBody = body!.Trim() + "\n",
            TemplateKind = request.Template is { } k ? EnumText.Name(k) : null,
            Attachments = request.Attachments is { Count: > 0 } files ? [.. files] : null,
            SendAfter = request.SendAfter,
            CreatedAt = now,
        };
        db.OutboxEmails.Add(email);
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            OrganizationId = facts.OrganizationId,
            ApplicationId = facts.ApplicationId,
            Kind = ApplicationEventKind.Emailed,
            At = now,
            ActorUserId = actor?.UserId,
            ActorName = actor?.Name,
            Note = email.Subject,
            SubjectId = email.Id,
        });
        return (email, null);
    }

    /// <summary>The placeholders every email has; callers add their own (offer, interview) on top.</summary>
    public static Dictionary<string, object?> Variables(EmailFacts facts, string? statusUrl, IReadOnlyDictionary<string, object?>? extra)
    {
        var variables = new Dictionary<string, object?>
        {
            ["candidate"] = new Dictionary<string, object?>
            {
                ["name"] = facts.CandidateName,
                ["first_name"] = facts.CandidateName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? facts.CandidateName,
                ["email"] = facts.CandidateEmail,
            },
            ["job"] = new Dictionary<string, object?> { ["title"] = facts.JobTitle, ["department"] = facts.JobDepartment },
            ["organization"] = new Dictionary<string, object?> { ["name"] = facts.OrganizationName },
            ["application"] = new Dictionary<string, object?> { ["stage"] = facts.CandidateStage },
            ["status_url"] = statusUrl,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, object?>()) variables[name] = value;
        if (variables.TryGetValue("offer", out var offer) && offer is Dictionary<string, object?> o) o["url"] = statusUrl;
        return variables;
    }

    /// <summary>Facts for previews in the settings: a made-up candidate, job and offer.</summary>
    public static readonly EmailFacts SampleFacts = new(Guid.Empty, "Example Ltd", Guid.Empty, "Ada Lovelace", "ada@example.com", "Data Engineer", "Data", "Interviewing");

    public static Dictionary<string, object?> SampleVariables(string publicUrl) => Variables(SampleFacts, $"{publicUrl}/status/sample-private-link", new Dictionary<string, object?>
    {
        ["offer"] = new Dictionary<string, object?>
        {
            ["salary"] = "EUR 85,000 per year", ["amount"] = 85000m, ["currency"] = "EUR", ["period"] = "year",
            ["start_date"] = "2027-03-01", ["notes"] = "Includes 30 days of paid leave.",
        },
        ["interview"] = new Dictionary<string, object?>
        {
            ["when"] = "Tuesday, 2 March 2027, 14:00 (Europe/Berlin)", ["duration"] = "45 minutes",
            ["location"] = "https://meet.example.com/abc", ["interviewers"] = "Grace Hopper, Alan Turing",
        },
    });

    static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim() is { Length: > 0 } s
        ? s[..Math.Min(s.Length, 300)] : "(no subject)";
}
