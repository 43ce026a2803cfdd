using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenHire.Infrastructure.Hosting;

/// <summary>The readiness answer as JSON: the overall status and each dependency's, so on-call sees which one failed.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}
