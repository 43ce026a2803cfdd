using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Fairness;
using OpenHire.Features.Pipelines;
using OpenHire.Infrastructure.Email;

namespace OpenHire.Features.Candidates.Notes;

public sealed record NoteInput(string? Body, Guid? ApplicationId = null);
public sealed record MentionRef(Guid UserId, string Name);

/// <summary>A note as shown: its text in segments with the mentions resolved, and whether the reader wrote it.</summary>
public sealed record NoteView(
    Guid Id, Guid CandidateId, Guid? ApplicationId, string Author, string Body, IReadOnlyList<NoteSegment> Segments,
    IReadOnlyList<MentionRef> Mentions, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, bool Mine);

/// <summary>A note that mentions the reader.</summary>
public sealed record MentionView(Guid NoteId, Guid CandidateId, string CandidateName, string Author, string Body, DateTimeOffset At);

/// <summary>
/// Notes on candidates with @mentions, shared by the API and the workspace. Only a note's author
/// may change or delete it. A newly mentioned team member gets an email through the outbox, in the
/// same transaction as the note. Under blind review the candidate's name is redacted from notes.
/// </summary>
public static class CandidateNotes
{
    public static async Task<List<NoteView>?> ListAsync(AppDbContext db, Guid orgId, Guid candidateId, Actor reader, CancellationToken ct)
    {
        var candidate = await FindCandidateAsync(db, orgId, candidateId, ct);
        if (candidate is null) return null;
        var notes = await db.CandidateNotes.AsNoTracking().Where(n => n.OrganizationId == orgId && n.CandidateId == candidateId)
            .OrderByDescending(n => n.Id).ToListAsync(ct);
        var team = await TeamAsync(db, orgId, ct);
        var hidden = (await BlindReview.HiddenCandidatesAsync(db, orgId, [candidateId], ct)).Count > 0;
        return [.. notes.Select(n => View(n, team, reader, hidden ? candidate.Name : null))];
    }

    public static async Task<PipelineResult<NoteView>> AddAsync(
        AppDbContext db, Guid orgId, Guid candidateId, NoteInput input, Actor author, DateTimeOffset now, CancellationToken ct)
    {
        if (BodyProblem(input.Body) is { } problem) return problem;
        var candidate = await FindCandidateAsync(db, orgId, candidateId, ct);
        if (candidate is null) return PipelineResult<NoteView>.NotFound($"No candidate {candidateId} in this organization.");
        if (input.ApplicationId is { } applicationId
            && !await db.Applications.AnyAsync(a => a.Id == applicationId && a.OrganizationId == orgId && a.CandidateId == candidateId, ct))
            return PipelineResult<NoteView>.Invalid("application_id", "Not an application of this candidate.");
        var note = new CandidateNote
        {
            OrganizationId = orgId,
            CandidateId = candidateId,
            ApplicationId = input.ApplicationId,
            AuthorUserId = author.UserId,
            AuthorName = author.Name,
            Body = input.Body!.Trim(),
            CreatedAt = now,
        };
        db.CandidateNotes.Add(note);
        var team = await TeamAsync(db, orgId, ct);
        await NotifyAsync(db, orgId, candidate, note, Mentions.Resolve(note.Body, team), now, ct);
        await db.SaveChangesAsync(ct);
        return PipelineResult<NoteView>.Ok(View(note, team, author, await HiddenNameAsync(db, orgId, candidate, ct)));
    }

    public static async Task<PipelineResult<NoteView>> EditAsync(
        AppDbContext db, Guid orgId, Guid noteId, NoteInput input, Actor editor, DateTimeOffset now, CancellationToken ct)
    {
        if (BodyProblem(input.Body) is { } problem) return problem;
        var note = await db.CandidateNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.OrganizationId == orgId, ct);
        if (note is null) return PipelineResult<NoteView>.NotFound($"No note {noteId} in this organization.");
        if (!IsAuthor(note, editor)) return PipelineResult<NoteView>.Forbidden("Only the author can change a note.");
        (note.Body, note.EditedAt) = (input.Body!.Trim(), now);
        var team = await TeamAsync(db, orgId, ct);
        var already = await db.NoteMentions.Where(m => m.NoteId == noteId).ToListAsync(ct);
        var mentioned = Mentions.Resolve(note.Body, team);
        db.NoteMentions.RemoveRange(already.Where(m => mentioned.All(t => t.UserId != m.UserId)));
        var candidate = (await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == note.CandidateId, ct));
        // Only members named for the first time hear about it.
        await NotifyAsync(db, orgId, candidate, note, [.. mentioned.Where(t => already.All(m => m.UserId != t.UserId))], now, ct);
        await db.SaveChangesAsync(ct);
        return PipelineResult<NoteView>.Ok(View(note, team, editor, await HiddenNameAsync(db, orgId, candidate, ct)));
    }

    public static async Task<PipelineResult<bool>> DeleteAsync(AppDbContext db, Guid orgId, Guid noteId, Actor by, CancellationToken ct)
    {
        var note = await db.CandidateNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.OrganizationId == orgId, ct);
        if (note is null) return PipelineResult<bool>.NotFound($"No note {noteId} in this organization.");
        if (!IsAuthor(note, by)) return PipelineResult<bool>.Forbidden("Only the author can delete a note.");
        db.CandidateNotes.Remove(note);
        await db.SaveChangesAsync(ct);
        return PipelineResult<bool>.Ok(true);
    }

    /// <summary>Notes that mention a team member, newest first.</summary>
    public static async Task<Page<MentionView>> MentionsOfAsync(AppDbContext db, Guid orgId, Guid userId, Guid? after, int take, CancellationToken ct)
    {
        var query = from m in db.NoteMentions.AsNoTracking()
                    where m.OrganizationId == orgId && m.UserId == userId
                    join n in db.CandidateNotes on m.NoteId equals n.Id
                    join c in db.Candidates on n.CandidateId equals c.Id
                    select new { m.Id, Note = n, c.Name };
        if (after is { } cursor) query = query.Where(x => x.Id < cursor);
        var rows = await query.OrderByDescending(x => x.Id).Take(take + 1).ToListAsync(ct);
        var hidden = await BlindReview.HiddenCandidatesAsync(db, orgId, [.. rows.Select(r => r.Note.CandidateId).Distinct()], ct);
        return Paging.ToPage(rows, take, r => r.Id, r => hidden.Contains(r.Note.CandidateId)
            ? new MentionView(r.Note.Id, r.Note.CandidateId, BlindReview.Alias(r.Note.CandidateId), r.Note.AuthorName, BlindReview.Text(r.Note.Body, r.Name)!, r.Note.CreatedAt)
            : new MentionView(r.Note.Id, r.Note.CandidateId, r.Name, r.Note.AuthorName, r.Note.Body, r.Note.CreatedAt));
    }

    /// <summary>The organization's staff, whom notes can mention.</summary>
    public static Task<List<TeamMember>> TeamAsync(AppDbContext db, Guid orgId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.OrganizationId == orgId)
            .Select(u => new TeamMember(u.Id, u.DisplayName, u.Email ?? "")).ToListAsync(ct);

    static async Task NotifyAsync(
        AppDbContext db, Guid orgId, Candidate candidate, CandidateNote note, IReadOnlyList<TeamMember> mentioned, DateTimeOffset now, CancellationToken ct)
    {
        if (mentioned.Count == 0) return;
        var hiddenName = await HiddenNameAsync(db, orgId, candidate, ct);
        var (name, body) = hiddenName is null ? (candidate.Name, note.Body) : (BlindReview.Alias(candidate.Id), BlindReview.Text(note.Body, hiddenName)!);
        foreach (var member in mentioned)
        {
            db.NoteMentions.Add(new NoteMention { OrganizationId = orgId, NoteId = note.Id, UserId = member.UserId, CreatedAt = now });
            if (member.UserId == note.AuthorUserId || member.Email.Length == 0) continue;
            db.OutboxEmails.Add(new OutboxEmail
            {
                OrganizationId = orgId,
                ToAddress = member.Email,
                ToName = member.Name,
                Subject = $"{note.AuthorName} mentioned you in a note on {name}",
                TextBody = $"{note.AuthorName} wrote on {name}:\n\n{body}\n\nOpen the candidate in OpenHire: /staff/candidates/{candidate.Id}\n",
                CreatedAt = now,
            });
        }
    }

    static async Task<string?> HiddenNameAsync(AppDbContext db, Guid orgId, Candidate candidate, CancellationToken ct) =>
        (await BlindReview.HiddenCandidatesAsync(db, orgId, [candidate.Id], ct)).Count > 0 ? candidate.Name : null;

    static NoteView View(CandidateNote n, IReadOnlyList<TeamMember> team, Actor reader, string? hiddenName)
    {
        var body = hiddenName is null ? n.Body : BlindReview.Text(n.Body, hiddenName)!;
        var segments = Mentions.Split(body, team);
        var mentions = Mentions.Resolve(body, team).Select(t => new MentionRef(t.UserId, t.Name)).ToList();
        return new(n.Id, n.CandidateId, n.ApplicationId, n.AuthorName, body, segments, mentions, n.CreatedAt, n.EditedAt, IsAuthor(n, reader));
    }

    /// <summary>Staff by their user id; an API key by its name, which is all it has.</summary>
    static bool IsAuthor(CandidateNote note, Actor actor) =>
        actor.UserId is { } id ? note.AuthorUserId == id : note.AuthorUserId is null && note.AuthorName == actor.Name;

    static Task<Candidate?> FindCandidateAsync(AppDbContext db, Guid orgId, Guid candidateId, CancellationToken ct) =>
        db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId && c.OrganizationId == orgId, ct);

    static PipelineResult<NoteView>? BodyProblem(string? body) =>
        string.IsNullOrWhiteSpace(body) ? PipelineResult<NoteView>.Invalid("body", "Write something.")
        : body.Trim().Length > NoteLimits.Body ? PipelineResult<NoteView>.Invalid("body", $"At most {NoteLimits.Body} characters.")
        : null;
}
