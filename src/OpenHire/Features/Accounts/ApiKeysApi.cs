using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;

namespace OpenHire.Features.Accounts;

/// <summary>/api/v1/api-keys: list, create (shown once) and revoke the organization's keys.</summary>
public static class ApiKeysApi
{
    /// <summary>A key; <c>member_id</c> is set on personal keys, which act as that member with their role.</summary>
    public sealed record ApiKeyResponse(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, Guid? MemberId = null);
    public sealed record CreatedApiKey(Guid Id, string Name, string Token, Guid? MemberId = null);
    /// <summary>A new key; give <c>member_id</c> for a personal key that acts as that member, leave it out for an organization-wide (admin) key.</summary>
    public sealed record NewApiKey(string Name, Guid? MemberId = null);

    public static RouteGroupBuilder MapApiKeysApi(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/api-keys").WithTags("API keys").RequireAccess(AccessRule.Admin);
        keys.MapGet("/", List).WithName("ListApiKeys").WithSummary("List the organization's API keys (never their secrets)");
        keys.MapPost("/", Create).WithName("CreateApiKey").WithSummary("Create an API key; the token is in this response only").ProducesValidationProblem();
        keys.MapDelete("/{keyId:guid}", Revoke).WithName("RevokeApiKey").WithSummary("Revoke an API key at once").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static Task<List<ApiKeyResponse>> ListAsync(AppDbContext db, Guid orgId, CancellationToken ct) =>
        db.ApiKeys.AsNoTracking().Where(k => k.OrganizationId == orgId).OrderByDescending(k => k.Id)
            .Select(k => new ApiKeyResponse(k.Id, k.Name, k.Prefix, k.CreatedAt, k.RevokedAt, k.UserId)).ToListAsync(ct);

    /// <summary>Revokes one of the organization's keys; false when it has no such key.</summary>
    public static async Task<bool> RevokeAsync(AppDbContext db, Guid orgId, Guid keyId, TimeProvider clock, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.OrganizationId == orgId, ct);
        if (key is null) return false;
        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    static async Task<Ok<Page<ApiKeyResponse>>> List(ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        // An organization has a handful of keys: one page holds them all.
        TypedResults.Ok(new Page<ApiKeyResponse>(await ListAsync(db, user.OrganizationId(), ct), null));

    static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> Create(NewApiKey input, ClaimsPrincipal user, OrganizationSetup setup, AppDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Name the key (at most 100 characters), e.g. \"HRIS sync\"."] });
        if (input.MemberId is { } memberId && !await db.Users.AnyAsync(u => u.Id == memberId && u.OrganizationId == user.OrganizationId(), ct))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["member_id"] = ["No such member in this organization."] });
        var (key, token) = await setup.CreateApiKeyAsync(user.OrganizationId(), input.Name, ct, input.MemberId);
        return TypedResults.Created($"/api/v1/api-keys/{key.Id}", new CreatedApiKey(key.Id, key.Name, token, key.UserId));
    }

    static async Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid keyId, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        await RevokeAsync(db, user.OrganizationId(), keyId, clock, ct)
            ? TypedResults.NoContent()
            : Problems.NotFound($"No API key {keyId} in this organization.");
}
