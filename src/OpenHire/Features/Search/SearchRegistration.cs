using OpenHire.Data;

namespace OpenHire.Features.Search;

public static class SearchRegistration
{
    /// <summary>The candidate search of the configured database.</summary>
    public static IServiceCollection AddCandidateSearch(this IServiceCollection services) =>
        services.AddScoped<ICandidateSearch>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
            ? ActivatorUtilities.CreateInstance<PostgresCandidateSearch>(sp)
            : ActivatorUtilities.CreateInstance<SqliteCandidateSearch>(sp));
}
