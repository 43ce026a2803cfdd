using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;

namespace OpenHire.Features.Accounts;

/// <summary>/api/v1/team: the organization's staff members and their roles.</summary>
public static class TeamApi
{
    public sealed record Member(Guid Id, string Name, string Email, string Role);
    public sealed record NewMember(string? Name, string? Email, string? Role);
    public sealed record AddedMember(Guid Id, string Name, string Email, string Role, string InitialPassword);
    public sealed record RoleChange(string? Role);

    public static RouteGroupBuilder MapTeamApi(this RouteGroupBuilder api)
    {
        var team = api.MapGroup("/team").WithTags("Team");
        team.MapGet("/", List).WithName("ListTeam").RequireAccess(AccessRule.AnyStaff).WithSummary("List staff members with their roles").ProducesProblem(StatusCodes.Status401Unauthorized);
        team.MapPost("/", Add).WithName("AddTeamMember").RequireAccess(AccessRule.Admin).WithSummary("Add a staff member; the first password is in this response only")
            .ProducesValidationProblem();
        team.MapPut("/{memberId:guid}/role", ChangeRole).WithName("ChangeTeamMemberRole").RequireAccess(AccessRule.Admin)
            .WithSummary("Give a member another role: admin, recruiter, hiring_manager or interviewer")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<List<Member>> ListAsync(AppDbContext db, Guid orgId, CancellationToken ct) =>
        await (from u in db.Users.AsNoTracking()
               where u.OrganizationId == orgId
               join ur in db.UserRoles on u.Id equals ur.UserId
               join r in db.Roles on ur.RoleId equals r.Id
               orderby u.DisplayName
               select new Member(u.Id, u.DisplayName, u.Email!, r.Name!)).ToListAsync(ct);

    static async Task<Ok<Page<Member>>> List(ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        // A hiring team fits one page.
        TypedResults.Ok(new Page<Member>(await ListAsync(db, user.OrganizationId(), ct), null));

    static async Task<Results<Ok<Member>, ValidationProblem, ProblemHttpResult>> ChangeRole(
        Guid memberId, RoleChange input, ClaimsPrincipal user, OrganizationSetup setup, AppDbContext db, CancellationToken ct)
    {
        var (found, errors) = await setup.ChangeRoleAsync(user.OrganizationId(), memberId, input.Role, ct);
        if (!found) return Problems.NotFound($"No member {memberId} in this organization.");
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok((await ListAsync(db, user.OrganizationId(), ct)).Single(m => m.Id == memberId));
    }

    static async Task<Results<Created<AddedMember>, ValidationProblem>> Add(NewMember input, ClaimsPrincipal user, OrganizationSetup setup, CancellationToken ct)
    {
        var (member, password, errors) = await setup.AddMemberAsync(user.OrganizationId(), input.Name, input.Email, input.Role, ct);
        if (member is null) return TypedResults.ValidationProblem(errors);
        return TypedResults.Created($"/api/v1/team/{member.Id}", new AddedMember(member.Id, member.DisplayName, member.Email!, input.Role!, password!));
    }
}
