using System.Security.Claims;

namespace OpenHire.Features.Pipelines;

/// <summary>Who did something, as the timeline records it: a staff member (with their id) or an API key.</summary>
public sealed record Actor(Guid? UserId, string Name)
{
    public static Actor From(ClaimsPrincipal user) => new(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        user.FindFirstValue("display_name") is { Length: > 0 } name ? name : user.Identity?.Name ?? "unknown");
}
