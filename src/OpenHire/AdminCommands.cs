using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;

namespace OpenHire;

/// <summary>
/// The admin command line of the same binary: `openhire setup`, `openhire api-key create`,
/// `openhire migrate`. Each builds the app's services with the same configuration as the server.
/// </summary>
public static class AdminCommands
{
    static readonly string[] Names = ["setup", "api-key", "migrate"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("OpenHire admin commands. Configuration comes from appsettings, environment variables (e.g. Database__Provider) and --Key=value options.");
        root.Subcommands.Add(Setup());
        root.Subcommands.Add(ApiKey());
        root.Subcommands.Add(Migrate());
        // Options the commands do not know (e.g. --Database:Provider=Postgres) are configuration for the host.
        var parse = root.Parse(args, new ParserConfiguration());
        return await parse.InvokeAsync();
    }

    static Command Setup()
    {
        var orgName = new Option<string>("--org-name") { Description = "Organization name", Required = true };
        var slug = new Option<string?>("--slug") { Description = "Careers address /careers/{slug}; made from the name when left out" };
        var email = new Option<string>("--admin-email") { Description = "First admin's email", Required = true };
        var password = new Option<string?>("--admin-password") { Description = "First admin's password; read from OPENHIRE_ADMIN_PASSWORD when left out" };
        var name = new Option<string?>("--admin-name") { Description = "First admin's display name" };
        var command = new Command("setup", "Create an organization and its first admin") { orgName, slug, email, password, name };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            var secret = result.GetValue(password) ?? Environment.GetEnvironmentVariable("OPENHIRE_ADMIN_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                Console.Error.WriteLine("Give --admin-password or set OPENHIRE_ADMIN_PASSWORD.");
                return 2;
            }
            return await WithServices(result, async services =>
            {
                var setup = services.GetRequiredService<OrganizationSetup>();
                var (org, errors) = await setup.CreateAsync(new(result.GetValue(orgName)!, result.GetValue(slug), result.GetValue(email)!, secret, result.GetValue(name)), ct);
                if (org is null)
                {
                    foreach (var (field, messages) in errors) Console.Error.WriteLine($"{field}: {string.Join(" ", messages)}");
                    return 1;
                }
                Console.WriteLine($"Created organization {org.Name} ({org.Id}); careers site /careers/{org.Slug}");
                return 0;
            });
        });
        return command;
    }

    static Command ApiKey()
    {
        var org = new Option<string>("--org") { Description = "Organization slug", Required = true };
        var name = new Option<string>("--name") { Description = "What the key is for, e.g. \"HRIS sync\"", Required = true };
        var create = new Command("create", "Create an API key and print it once") { org, name };
        create.TreatUnmatchedTokensAsErrors = false;
        create.SetAction(async (result, ct) => await WithServices(result, async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var slug = result.GetValue(org)!.ToLowerInvariant();
            var orgId = await db.Organizations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(ct);
            if (orgId is null)
            {
                Console.Error.WriteLine($"No organization with slug \"{slug}\".");
                return 1;
            }
            var (_, token) = await services.GetRequiredService<OrganizationSetup>().CreateApiKeyAsync(orgId.Value, result.GetValue(name)!, ct);
            Console.WriteLine(token);
            return 0;
        }));
        return new Command("api-key", "Manage API keys") { create };
    }

    static Command Migrate()
    {
        var command = new Command("migrate", "Apply database migrations (PostgreSQL deployments run this before starting new versions)");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) => await WithServices(result, async services =>
        {
            await DatabaseMigrator.MigrateAsync(services, ct);
            Console.WriteLine("Database is up to date.");
            return 0;
        }, migrate: false));
        return command;
    }

    /// <summary>Builds the app's services from the configuration options left over on the command line.</summary>
    static async Task<int> WithServices(ParseResult result, Func<IServiceProvider, Task<int>> action, bool migrate = true)
    {
        var builder = WebApplication.CreateBuilder(result.UnmatchedTokens.ToArray());
        builder.AddOpenHire();
        await using var app = builder.Build();
        if (migrate) await app.MigrateOnStartIfConfiguredAsync();
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
