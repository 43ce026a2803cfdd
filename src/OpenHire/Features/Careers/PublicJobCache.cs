using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;

namespace OpenHire.Features.Careers;

/// <summary>
/// Public careers pages and job-board responses are cached per organization and thrown away
/// whenever one of its jobs changes, so candidates never see a stale posting.
/// </summary>
public sealed class PublicJobCache(IOutputCacheStore store, AppDbContext db)
{
    public const string Policy = "public-jobs";

    public static string Tag(string slug) => $"careers:{slug}";

    public async Task EvictAsync(Guid organizationId, CancellationToken ct)
    {
        var slug = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Slug).SingleAsync(ct);
        await store.EvictByTagAsync(Tag(slug), ct);
    }

    public static IServiceCollection AddPublicJobCache(IServiceCollection services)
    {
        services.AddOutputCache(o => o.AddPolicy(Policy, p => p
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("q", "location", "workplace_type", "department", "employment_type", "cursor", "limit")
            .AddPolicy<SlugTagPolicy>()));
        services.AddScoped<PublicJobCache>();
        return services;
    }

    /// <summary>Tags each cached response with its organization so <see cref="EvictAsync"/> finds it.</summary>
    sealed class SlugTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
        {
            if (context.HttpContext.Request.RouteValues["slug"] is string slug)
                context.Tags.Add(Tag(slug.ToLowerInvariant()));
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
    }
}
