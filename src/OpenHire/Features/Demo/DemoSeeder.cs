using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Jobs;

namespace OpenHire.Features.Demo;

/// <summary>"Demo" configuration section; `--demo` on the command line turns it on.</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }
}

/// <summary>
/// Seeds the demo organization (slug "demo") whose published job is the posting OpenHire was born
/// from, with every section filled, and an admin whose credentials the sign-in page shows.
/// </summary>
public static class DemoSeeder
{
    public const string Slug = "demo";
    public const string AdminEmail = "admin@demo.openhire.local";
    public const string AdminPassword = "demo-password";

    /// <summary>Turns the `--demo` switch into configuration the host understands.</summary>
    public static string[] ExpandSwitch(string[] args) =>
        args.Select(a => a == "--demo" ? "--Demo:Enabled=true" : a).ToArray();

    /// <summary>The seed posting as the API would receive it.</summary>
    public static JobInput SeedJob()
    {
        using var stream = typeof(DemoSeeder).Assembly.GetManifestResourceStream("OpenHire.Features.Demo.demo-job.json")!;
        var json = new JsonSerializerOptions();
        OpenHireApp.ConfigureJson(json);
        return JsonSerializer.Deserialize<JobInput>(stream, json)!;
    }

    public static async Task SeedIfEnabledAsync(IServiceProvider services)
    {
        if (!services.GetRequiredService<DemoOptions>().Enabled) return;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Organizations.AnyAsync(o => o.Slug == Slug)) return;
        var (org, errors) = await scope.ServiceProvider.GetRequiredService<OrganizationSetup>()
            .CreateAsync(new("Demo Company", Slug, AdminEmail, AdminPassword, "Demo Admin"), default);
        if (org is null) throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", errors.SelectMany(e => e.Value)));
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var job = new Job { OrganizationId = org.Id, CreatedAt = now };
        job.Apply(SeedJob(), now);
        job.Publish(now);
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<ILogger<DemoOptions>>()
            .LogInformation("Demo organization ready: careers site /careers/{Slug}; sign in as {Email} / {Password}", Slug, AdminEmail, AdminPassword);
    }
}
