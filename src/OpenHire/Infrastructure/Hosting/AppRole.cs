namespace OpenHire.Infrastructure.Hosting;

/// <summary>
/// What one process of a scaled-out install does (<c>--role web|worker|all</c>): web nodes answer
/// HTTP and do no background work; workers run the work queue and the email outbox and serve only
/// health and metrics; <c>all</c>, the default, does both, as a single machine needs.
/// </summary>
public enum AppRole { All, Web, Worker }

public static class AppRoles
{
    /// <summary>The role from configuration: <c>--role worker</c> on the command line or <c>Role=worker</c> anywhere else.</summary>
    public static AppRole Of(IConfiguration configuration)
    {
        var text = configuration["Role"];
        if (string.IsNullOrWhiteSpace(text)) return AppRole.All;
        return Enum.TryParse<AppRole>(text, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new InvalidOperationException($"Unknown role '{text}': use --role web, worker or all.");
    }

    public static bool RunsBackgroundWork(this AppRole role) => role != AppRole.Web;

    public static bool ServesSite(this AppRole role) => role != AppRole.Worker;
}
