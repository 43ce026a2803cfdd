using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Careers;

namespace OpenHire.Features.Organizations;

/// <summary>/api/v1/organization: the organization's own settings.</summary>
public static class OrganizationApi
{
    public sealed record OrganizationResponse(Guid Id, string Name, string Slug, bool BlindReview);

    /// <summary>The settings to change; members left out stay as they are.</summary>
    public sealed record OrganizationChange(string? Name, bool? BlindReview);

    public static RouteGroupBuilder MapOrganizationApi(this RouteGroupBuilder api)
    {
        var organization = api.MapGroup("/organization").WithTags("Organization");
        organization.MapGet("/", Get).WithName("GetOrganization").RequireAccess(AccessRule.AnyStaff).WithSummary("The organization's name, careers-site slug and settings");
        organization.MapPatch("/", Change).WithName("ChangeOrganization").RequireAccess(AccessRule.Admin)
            .WithSummary("Rename the organization or turn blind review on or off").ProducesValidationProblem();
        return api;
    }

    static async Task<Ok<OrganizationResponse>> Get(ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(ToResponse(await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == user.OrganizationId(), ct)));

    static async Task<Results<Ok<OrganizationResponse>, ValidationProblem>> Change(
        OrganizationChange change, ClaimsPrincipal user, AppDbContext db, PublicJobCache cache, CancellationToken ct)
    {
        var (organization, errors) = await ChangeAsync(db, cache, user.OrganizationId(), change, ct);
        return organization is null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(ToResponse(organization));
    }

    /// <summary>Applies a change, shared by the API and the settings page; returns the problems instead when it is invalid.</summary>
    public static async Task<(Organization? Organization, Dictionary<string, string[]> Errors)> ChangeAsync(
        AppDbContext db, PublicJobCache cache, Guid orgId, OrganizationChange change, CancellationToken ct)
    {
        var name = change.Name?.Trim();
        if (name is { Length: 0 or > 200 }) return (null, new() { ["name"] = ["The name must be 1 to 200 characters."] });
        var organization = await db.Organizations.SingleAsync(o => o.Id == orgId, ct);
        if (name is not null) organization.Name = name;
        if (change.BlindReview is { } blind) organization.BlindReview = blind;
        await db.SaveChangesAsync(ct);
        // The careers pages show the organization's name.
        if (name is not null) await cache.EvictAsync(orgId, ct);
        return (organization, []);
    }

    static OrganizationResponse ToResponse(Organization o) => new(o.Id, o.Name, o.Slug, o.BlindReview);
}
