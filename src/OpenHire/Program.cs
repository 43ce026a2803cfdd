using OpenHire;
using OpenHire.Data;
using OpenHire.Features.Demo;

if (AdminCommands.IsCommand(args)) return await AdminCommands.RunAsync(args);

var builder = WebApplication.CreateBuilder(DemoSeeder.ExpandSwitch(args));
builder.AddOpenHire();
var app = builder.Build();
await app.MigrateOnStartIfConfiguredAsync();
await DemoSeeder.SeedIfEnabledAsync(app.Services);
app.UseOpenHire();
app.Run();
return 0;

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
