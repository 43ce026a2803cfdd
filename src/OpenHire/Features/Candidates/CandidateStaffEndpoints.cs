using Microsoft.AspNetCore.Mvc;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Candidates.Duplicates;
using OpenHire.Features.Candidates.Notes;
using OpenHire.Features.Candidates.Tags;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Pipelines.Pages;

namespace OpenHire.Features.Candidates;

/// <summary>
/// The candidate page's forms (notes, tags, merging): plain form posts, antiforgery-checked, that
/// run the same operations as the API and answer with a redirect back and a one-time message.
/// </summary>
public static class CandidateStaffEndpoints
{
    public static void MapCandidateStaffEndpoints(this IEndpointRouteBuilder app)
    {
        // Admins and recruiters unless a form says otherwise (StaffAccess).
        var staff = app.MapGroup("/staff").RequireAuthorization(AccountsRegistration.StaffPolicy).ExcludeFromDescription().EnforceStaffAccess();
        staff.MapPost("/candidates/{candidateId:guid}/notes", async (Guid candidateId, [FromForm(Name = "body")] string? body,
            [FromForm(Name = "application_id")] Guid? applicationId, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await CandidateNotes.AddAsync(db, http.User.OrganizationId(), candidateId, new(body, applicationId), Actor.From(http.User), clock.GetUtcNow(), ct);
            return Answer(http, result, Page(candidateId), _ => "Note added.");
        });
        staff.MapPost("/notes/{noteId:guid}/edit", async (Guid noteId, [FromForm(Name = "body")] string? body, [FromForm(Name = "candidate_id")] Guid candidateId,
            HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await CandidateNotes.EditAsync(db, http.User.OrganizationId(), noteId, new(body), Actor.From(http.User), clock.GetUtcNow(), ct);
            return Answer(http, result, Page(candidateId), _ => "Note changed.");
        });
        staff.MapPost("/notes/{noteId:guid}/delete", async (Guid noteId, [FromForm(Name = "candidate_id")] Guid candidateId,
            HttpContext http, AppDbContext db, CancellationToken ct) =>
        {
            var result = await CandidateNotes.DeleteAsync(db, http.User.OrganizationId(), noteId, Actor.From(http.User), ct);
            return Answer(http, result, Page(candidateId), _ => "Note deleted.");
        });
        staff.MapPost("/candidates/{candidateId:guid}/tags", async (Guid candidateId, [FromForm(Name = "name")] string? name,
            HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await CandidateTags.AddAsync(db, http.User.OrganizationId(), candidateId, new(name), clock.GetUtcNow(), ct);
            return Answer(http, result, Page(candidateId), _ => $"Tagged \"{name?.Trim()}\".");
        });
        staff.MapPost("/candidates/{candidateId:guid}/tags/{tagId:guid}/remove", async (Guid candidateId, Guid tagId,
            HttpContext http, AppDbContext db, CancellationToken ct) =>
        {
            var result = await CandidateTags.RemoveAsync(db, http.User.OrganizationId(), candidateId, tagId, ct);
            return Answer(http, result, Page(candidateId), _ => "Tag removed.");
        });
        staff.MapPost("/candidates/{candidateId:guid}/merge", async (Guid candidateId, [FromForm(Name = "duplicate_id")] Guid? duplicateId,
            HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await CandidateMerge.MergeAsync(db, http.User.OrganizationId(), candidateId, new(duplicateId), Actor.From(http.User), clock.GetUtcNow(), ct);
            return Answer(http, result, Page(candidateId),
                r => $"Merged: {r.MovedApplicationIds.Count} application{(r.MovedApplicationIds.Count == 1 ? "" : "s")} moved here, with their notes, tags and timelines.");
        });
    }

    static string Page(Guid candidateId) => $"/staff/candidates/{candidateId}";

    static IResult Answer<T>(HttpContext http, PipelineResult<T> result, string returnTo, Func<T, string> success)
    {
        Flash.Set(http, result.Succeeded ? success(result.Value!) : result.Message, isProblem: !result.Succeeded);
        return TypedResults.Redirect(returnTo);
    }
}
