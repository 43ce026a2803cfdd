using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenHire.Infrastructure.Messaging;

/// <summary>Ready only while the broker answers: opens the connection if needed and a channel on it.</summary>
public sealed class RabbitMqHealthCheck(RabbitMqConnection rabbit) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var connection = await rabbit.GetAsync(ct);
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "RabbitMQ is unreachable: " + e.Message);
        }
    }
}
