using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenHire.Data;
using OpenHire.Infrastructure.Caching;

namespace OpenHire.Features.Careers;

/// <summary>
/// Public careers pages and job-board responses are cached per organization and thrown away
/// whenever one of its jobs changes, so candidates never see a stale posting. Each organization's
/// cache generation is part of the key: a change bumps it, and every node stops using the old
/// entries at once (with Redis the generation and the entries are shared by all nodes).
/// </summary>
public sealed class PublicJobCache(IOutputCacheStore store, ICacheGenerations generations, AppDbContext db)
{
    public const string Policy = "public-jobs";

    public static string Tag(string slug) => $"careers:{slug}";

    public async Task EvictAsync(Guid organizationId, CancellationToken ct)
    {
        var slug = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Slug).SingleAsync(ct);
        // Called after the change is committed: a page rendered before it is stored under the old generation.
        await generations.BumpAsync(Tag(slug), ct);
        await store.EvictByTagAsync(Tag(slug), ct);
    }

    public static IServiceCollection AddPublicJobCache(IServiceCollection services)
    {
        services.AddOutputCache(o => o.AddPolicy(Policy, p => p
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("q", "location", "workplace_type", "department", "employment_type", "cursor", "limit")
            .AddPolicy<OrganizationGenerationPolicy>()));
        services.TryAddSingleton<ICacheGenerations, InProcessCacheGenerations>();
        services.AddScoped<PublicJobCache>();
        return services;
    }

    /// <summary>Tags each cached response with its organization and keys it by the organization's generation.</summary>
    sealed class OrganizationGenerationPolicy : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
        {
            if (context.HttpContext.Request.RouteValues["slug"] is not string slug) return;
            var tag = Tag(slug.ToLowerInvariant());
            var generation = await context.HttpContext.RequestServices.GetRequiredService<ICacheGenerations>().CurrentAsync(tag, ct);
            if (generation is null)
            {
                context.AllowCacheLookup = false;
                context.AllowCacheStorage = false;
                return;
            }
            context.Tags.Add(tag);
            context.CacheVaryByRules.VaryByValues["generation"] = generation.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
    }
}
