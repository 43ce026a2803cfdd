using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Organizations;
using OpenHire.Infrastructure;

namespace OpenHire.Features.Accounts;

/// <summary>Creates organizations with their first admin, and API keys: one path for the setup page, the CLI and the demo.</summary>
public sealed partial class OrganizationSetup(AppDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock)
{
    public sealed record NewOrganization(string Name, string? Slug, string AdminEmail, string AdminPassword, string? AdminName);

    /// <summary>Creates the organization and its admin in one transaction, or returns the per-field problems.</summary>
    public async Task<(Organization? Organization, Dictionary<string, string[]> Errors)> CreateAsync(NewOrganization input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = input.Name?.Trim() ?? "";
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugify(name) : input.Slug.Trim().ToLowerInvariant();
        if (name.Length is 0 or > 200) errors.Add("name", "Give the organization a name of at most 200 characters.");
        if (!SlugPattern().IsMatch(slug)) errors.Add("slug", "Use 2-64 lower-case letters, digits and single dashes, e.g. \"acme-inc\".");
        else if (await db.Organizations.AnyAsync(o => o.Slug == slug, ct)) errors.Add("slug", $"The careers address \"{slug}\" is taken.");
        if (!errors.IsEmpty) return (null, errors.ToDictionary());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var organization = new Organization { Name = name, Slug = slug, CreatedAt = clock.GetUtcNow() };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        await EnsureRolesAsync();
        var admin = new AppUser
        {
            UserName = input.AdminEmail?.Trim(),
            Email = input.AdminEmail?.Trim(),
            EmailConfirmed = true,
            OrganizationId = organization.Id,
            DisplayName = string.IsNullOrWhiteSpace(input.AdminName) ? input.AdminEmail?.Trim() ?? "" : input.AdminName.Trim(),
        };
        var created = await users.CreateAsync(admin, input.AdminPassword ?? "");
        if (created.Succeeded) created = await users.AddToRoleAsync(admin, Roles.Admin);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
                errors.Add(error.Code.Contains("Password") ? "admin_password" : "admin_email", error.Description);
            return (null, errors.ToDictionary());
        }
        await tx.CommitAsync(ct);
        return (organization, errors.ToDictionary());
    }

    /// <summary>Adds a staff member with a generated first password, returned once for the admin to pass on.</summary>
    public async Task<(AppUser? Member, string? Password, Dictionary<string, string[]> Errors)> AddMemberAsync(
        Guid organizationId, string? name, string? email, string? role, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) errors.Add("name", "Give the member's name, at most 200 characters.");
        if (string.IsNullOrWhiteSpace(email)) errors.Add("email", "Give the member's email address.");
        if (role is null || !Roles.All.Contains(role)) errors.Add("role", $"Use one of: {string.Join(", ", Roles.All)}.");
        if (!errors.IsEmpty) return (null, null, errors.ToDictionary());

        await EnsureRolesAsync();
        var member = new AppUser { UserName = email!.Trim(), Email = email.Trim(), EmailConfirmed = true, OrganizationId = organizationId, DisplayName = name!.Trim() };
        var password = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).Replace('/', '-').Replace('+', '_');
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(member, password);
        if (created.Succeeded) created = await users.AddToRoleAsync(member, role!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) errors.Add("email", error.Description);
            return (null, null, errors.ToDictionary());
        }
        await tx.CommitAsync(ct);
        return (member, password, errors.ToDictionary());
    }

    /// <summary>Gives a member another role; false when the organization has no such member.</summary>
    public async Task<(bool Found, Dictionary<string, string[]> Errors)> ChangeRoleAsync(Guid organizationId, Guid memberId, string? role, CancellationToken ct)
    {
        if (role is null || !Roles.All.Contains(role)) return (true, new() { ["role"] = [$"Use one of: {string.Join(", ", Roles.All)}."] });
        var member = await users.Users.SingleOrDefaultAsync(u => u.Id == memberId && u.OrganizationId == organizationId, ct);
        if (member is null) return (false, []);
        await EnsureRolesAsync();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await users.RemoveFromRolesAsync(member, await users.GetRolesAsync(member));
        if (result.Succeeded) result = await users.AddToRoleAsync(member, role);
        if (!result.Succeeded) return (true, new() { ["role"] = [.. result.Errors.Select(e => e.Description)] });
        // Signed-in sessions pick up the new role at their next validation.
        await users.UpdateSecurityStampAsync(member);
        await tx.CommitAsync(ct);
        return (true, []);
    }

    /// <summary>Makes an API key; the token is returned once and never stored.</summary>
    public async Task<(ApiKey Key, string Token)> CreateApiKeyAsync(Guid organizationId, string name, CancellationToken ct, Guid? memberId = null)
    {
        var (key, token) = ApiKey.Create(organizationId, name.Trim(), clock.GetUtcNow(), memberId);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return (key, token);
    }

    async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
    }

    public static string Slugify(string name)
    {
        var ascii = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
            if (char.IsAsciiLetterOrDigit(c)) ascii.Append(c);
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '&') ascii.Append('-');
        var slug = DashRuns().Replace(ascii.ToString(), "-").Trim('-');
        return slug.Length > 64 ? slug[..64].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9](?:-?[a-z0-9]){1,63}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex DashRuns();
}
