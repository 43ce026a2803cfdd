using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>What operators and API clients rely on: health, the OpenAPI document, the admin command line.</summary>
public sealed class PlatformTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Health_endpoints_answer()
    {
        var client = app.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        var ready = JsonDocument.Parse(await client.GetStringAsync("/health/ready")).RootElement;
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_addresses_are_a_page_for_people_and_a_problem_for_api_clients()
    {
        var client = app.CreateClient();

        var page = await client.GetAsync("/careers/nowhere/jobs/not-a-guid");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Page not found", await page.Content.ReadAsStringAsync());
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);

        var api = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Every_operation_is_named_summarised_and_documents_its_errors()
    {
        var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        Assert.StartsWith("3.1", root.GetProperty("openapi").GetString());

        var operations = root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name, Op: op.Value)))
            .ToList();
        Assert.True(operations.Count >= 20, $"only {operations.Count} operations documented");
        foreach (var (path, method, op) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            Assert.False(string.IsNullOrEmpty(op.GetProperty("operationId").GetString()), where);
            Assert.False(string.IsNullOrEmpty(op.GetProperty("summary").GetString()), where);
            var statuses = op.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.True(statuses.Any(s => s.StartsWith('4')), $"{where} documents no error response");
        }
        Assert.Equal(operations.Count, operations.Select(o => o.Op.GetProperty("operationId").GetString()).Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/v1")).StatusCode);
    }

    [Fact]
    public async Task The_admin_command_line_sets_up_an_organization_and_prints_a_working_key()
    {
        var database = Path.Combine(app.DataDirectory, "cli.db");
        string[] config = [$"--Database:ConnectionString=Data Source={database}", $"--DataDirectory={app.DataDirectory}"];

        var setup = await RunAsync(["setup", "--org-name", "Globex", "--slug", "globex", "--admin-email", "hank@globex.example.com", "--admin-password", "a long enough password", .. config]);
        Assert.True(setup.Code == 0, setup.Output);
        Assert.Contains("/careers/globex", setup.Output);

        var duplicate = await RunAsync(["setup", "--org-name", "Globex", "--slug", "globex", "--admin-email", "x@globex.example.com", "--admin-password", "a long enough password", .. config]);
        Assert.Equal(1, duplicate.Code);
        Assert.Contains("taken", duplicate.Output);

        var key = await RunAsync(["api-key", "create", "--org", "globex", "--name", "ci", .. config]);
        Assert.True(key.Code == 0, key.Output);
        var token = key.Output.Trim().Split('\n')[^1].Trim();
        Assert.StartsWith("ohk_", token);

        var unknown = await RunAsync(["api-key", "create", "--org", "nobody", "--name", "ci", .. config]);
        Assert.Equal(1, unknown.Code);
    }

    /// <summary>Runs the built OpenHire binary as an operator would.</summary>
    static async Task<(int Code, string Output)> RunAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpenHire.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
