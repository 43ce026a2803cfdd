using OpenHire.Infrastructure.Hosting;

namespace OpenHire.Infrastructure.Queue;

/// <summary>Registers the durable work queue: the "Queue" configuration section.</summary>
public static class QueueRegistration
{
    public static IHostApplicationBuilder AddOpenHireQueue(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Queue");
        builder.Services.Configure<WorkQueueOptions>(section);
        builder.Services.AddSingleton<WorkQueue>();
        builder.Services.AddSingleton<WorkQueueProcessor>();
        // Web nodes (--role web) leave the queue to workers.
        if (section.GetValue("Enabled", true) && AppRoles.Of(builder.Configuration).RunsBackgroundWork())
            builder.Services.AddHostedService(sp => sp.GetRequiredService<WorkQueueProcessor>());
        return builder;
    }

    /// <summary>Registers the handler of one kind of work.</summary>
    public static IServiceCollection AddWorkHandler<THandler>(this IServiceCollection services, string kind)
        where THandler : class, IWorkHandler =>
        services.AddKeyedScoped<IWorkHandler, THandler>(kind);
}
