using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates.Duplicates;
using OpenHire.Features.Candidates.Notes;
using OpenHire.Features.Candidates.Tags;
using OpenHire.Features.Fairness;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Candidates;

/// <summary>/api/v1/candidates: the people who applied to the organization, their notes, tags and duplicates.</summary>
public static class CandidatesApi
{
    /// <summary>A candidate; under blind review the name is an alias and contact details are left out.</summary>
    public sealed record CandidateResponse(
        Guid Id, string Name, string? Email, string? Phone, string? Location, IReadOnlyList<string> Links, DateTimeOffset CreatedAt,
        IReadOnlyList<OtherApplication>? Applications, bool IdentityHidden);

    public static RouteGroupBuilder MapCandidatesApi(this RouteGroupBuilder api)
    {
        var candidates = api.MapGroup("/candidates").WithTags("Candidates");
        candidates.MapGet("/", List).WithName("ListCandidates").RequireAccess(AccessRule.AnyStaff).WithSummary("List candidates, newest first, optionally by email or tag").ProducesValidationProblem();
        candidates.MapGet("/duplicates", Duplicates).WithName("ListPossibleDuplicates")
            .WithSummary("Groups of candidate records that share a mailbox (ignoring case, +tags and Gmail dots) or an E.164 phone number");
        candidates.MapGet("/{candidateId:guid}", Get).WithName("GetCandidate").RequireAccess(AccessRule.ReadCandidate)
            .WithSummary("Get a candidate with all their applications (stage and fit), tags and possible duplicates").ProducesProblem(StatusCodes.Status404NotFound);
        candidates.MapGet("/{candidateId:guid}/timeline", Timeline).WithName("GetCandidateTimeline")
            .WithSummary("Every timeline entry of all the candidate's applications, newest first").ProducesProblem(StatusCodes.Status404NotFound);
        candidates.MapPost("/{candidateId:guid}/merge", Merge).WithName("MergeCandidates")
            .WithSummary("Merge a duplicate record (duplicate_id) into this candidate: applications, files, notes, tags and timelines move here")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        candidates.MapGet("/{candidateId:guid}/notes", Notes).WithTags("Notes").WithName("ListCandidateNotes")
            .WithSummary("A candidate's notes, newest first, with @mentions resolved").ProducesProblem(StatusCodes.Status404NotFound);
        candidates.MapPost("/{candidateId:guid}/notes", AddNote).WithTags("Notes").WithName("AddCandidateNote")
            .WithSummary("Add a plain-text note; @handle mentions a team member (email local part or name without spaces), who is emailed")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        var notes = api.MapGroup("/notes").WithTags("Notes");
        notes.MapPatch("/{noteId:guid}", EditNote).WithName("EditNote").WithSummary("Change your own note")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        notes.MapDelete("/{noteId:guid}", DeleteNote).WithName("DeleteNote").WithSummary("Delete your own note")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/mentions", MentionsOf).WithTags("Notes").WithName("ListMentions")
            .WithSummary("Notes that mention a team member, newest first: the signed-in member, or user_id for an API key").ProducesValidationProblem();

        candidates.MapPost("/{candidateId:guid}/tags", AddTag).WithTags("Tags").WithName("TagCandidate")
            .WithSummary("Tag a candidate by name; the organization's tag is made when there is none").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        candidates.MapDelete("/{candidateId:guid}/tags/{tagId:guid}", RemoveTag).WithTags("Tags").WithName("UntagCandidate")
            .WithSummary("Remove a tag from a candidate").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/tags", ListTags).WithTags("Tags").WithName("ListTags").WithSummary("The organization's tags with how many candidates carry each");
        return api;
    }

    static async Task<Results<Ok<Page<CandidateResponse>>, ValidationProblem>> List(
        string? email, string? tag, string? cursor, int? limit, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (!Paging.TryParse(cursor, limit, out var after, out var take, out var errors)) return TypedResults.ValidationProblem(errors);
        var orgId = user.OrganizationId();
        var page = await CandidateQueries.PageAsync(db, StaffScope.From(user), email, after, take, ct, tag);
        var hidden = await BlindReview.HiddenCandidatesAsync(db, orgId, [.. page.Items.Select(c => c.Id)], ct);
        return TypedResults.Ok(new Page<CandidateResponse>(page.Items.Select(c => ToResponse(c, hidden.Contains(c.Id))).ToList(), page.NextCursor));
    }

    static async Task<Results<Ok<CandidateDetail>, ProblemHttpResult>> Get(Guid candidateId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await CandidateQueries.DetailAsync(db, user.OrganizationId(), candidateId, ct, StaffScope.From(user)) is { } detail
            ? TypedResults.Ok(detail)
            : Problems.NotFound($"No candidate {candidateId} in this organization.");

    static async Task<Results<Ok<List<CandidateTimelineEntry>>, ProblemHttpResult>> Timeline(
        Guid candidateId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await CandidateTimeline.ReadAsync(db, user.OrganizationId(), candidateId, ct) is { } entries
            ? TypedResults.Ok(entries)
            : Problems.NotFound($"No candidate {candidateId} in this organization.");

    static async Task<Ok<List<DuplicateGroup>>> Duplicates(ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await CandidateDuplicates.GroupsAsync(db, user.OrganizationId(), 100, ct));

    static async Task<Results<Ok<MergeResult>, ProblemHttpResult, ValidationProblem>> Merge(
        Guid candidateId, MergeRequest request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await CandidateMerge.MergeAsync(db, user.OrganizationId(), candidateId, request, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<List<NoteView>>, ProblemHttpResult>> Notes(Guid candidateId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await CandidateNotes.ListAsync(db, user.OrganizationId(), candidateId, Actor.From(user), ct) is { } notes
            ? TypedResults.Ok(notes)
            : Problems.NotFound($"No candidate {candidateId} in this organization.");

    static async Task<Results<Ok<NoteView>, ProblemHttpResult, ValidationProblem>> AddNote(
        Guid candidateId, NoteInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await CandidateNotes.AddAsync(db, user.OrganizationId(), candidateId, input, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<NoteView>, ProblemHttpResult, ValidationProblem>> EditNote(
        Guid noteId, NoteInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await CandidateNotes.EditAsync(db, user.OrganizationId(), noteId, input, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<NoContent, ProblemHttpResult>> DeleteNote(Guid noteId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var result = await CandidateNotes.DeleteAsync(db, user.OrganizationId(), noteId, Actor.From(user), ct);
        return result.Succeeded ? TypedResults.NoContent() : Problems.Result(result.Status, result.Message);
    }

    static async Task<Results<Ok<Page<MentionView>>, ValidationProblem>> MentionsOf(
        [FromQuery(Name = "user_id")] Guid? userId, string? cursor, int? limit, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (!Paging.TryParse(cursor, limit, out var after, out var take, out var errors)) return TypedResults.ValidationProblem(errors);
        if ((userId ?? Actor.From(user).UserId) is not { } member)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["user_id"] = ["An API key has no mentions of its own: say whose (user_id)."] });
        return TypedResults.Ok(await CandidateNotes.MentionsOfAsync(db, user.OrganizationId(), member, after, take, ct));
    }

    static async Task<Results<Ok<List<TagRef>>, ProblemHttpResult, ValidationProblem>> AddTag(
        Guid candidateId, TagInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await CandidateTags.AddAsync(db, user.OrganizationId(), candidateId, input, clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<List<TagRef>>, ProblemHttpResult, ValidationProblem>> RemoveTag(
        Guid candidateId, Guid tagId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        (await CandidateTags.RemoveAsync(db, user.OrganizationId(), candidateId, tagId, ct)).ToHttp();

    static async Task<Ok<List<TagSummary>>> ListTags(ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await CandidateTags.ListAsync(db, user.OrganizationId(), ct));

    static CandidateResponse ToResponse(Candidate c, bool hidden) => hidden
        ? new(c.Id, BlindReview.Alias(c.Id), null, null, null, [], c.CreatedAt, null, true)
        : new(c.Id, c.Name, c.Email, c.Phone, c.Location, c.Links, c.CreatedAt, null, false);
}
