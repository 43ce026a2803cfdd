using OpenHire.Infrastructure.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenHire.Infrastructure.Queue;

namespace OpenHire.Infrastructure.Messaging;

/// <summary>
/// Registers events and RabbitMQ: the "RabbitMQ" and "Events" sections. Events always go to the
/// outbox; with <c>RabbitMQ:Uri</c> set the relay publishes them, workers take work from the work
/// queue, and /health/ready reports the broker.
/// </summary>
public static class MessagingRegistration
{
    public static IHostApplicationBuilder AddOpenHireMessaging(this IHostApplicationBuilder builder)
    {
        var rabbit = builder.Configuration.GetSection(RabbitMqOptions.Section);
        builder.Services.Configure<RabbitMqOptions>(rabbit);
        builder.Services.Configure<EventsOptions>(builder.Configuration.GetSection(EventsOptions.Section));
        builder.Services.AddSingleton<RabbitMqConnection>();
        builder.Services.AddSingleton<OutboxRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        var options = rabbit.Get<RabbitMqOptions>() ?? new();
        if (!options.Enabled) return builder;
        // Degraded, not unhealthy: with the broker away the outbox holds messages and the app keeps serving.
        builder.Services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>("rabbitmq", HealthStatus.Degraded, ["ready"]);
        // Consumers run where background work runs: not on web nodes (--role web).
        if (builder.Configuration.GetSection("Queue").GetValue("Enabled", true) && AppRoles.Of(builder.Configuration).RunsBackgroundWork())
        {
            builder.Services.AddHostedService<WorkMessageConsumer>();
            builder.Services.AddSingleton<EventConsumerHost>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EventConsumerHost>());
        }
        return builder;
    }
}
