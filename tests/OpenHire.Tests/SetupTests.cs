using Microsoft.AspNetCore.Mvc.Testing;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>The first-start page, on a database of its own with no organization yet.</summary>
public sealed class SetupTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task First_start_creates_the_organization_and_admin_once()
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        Assert.Contains("/setup", await browser.GetStringAsync("/"));

        var done = await browser.SubmitAsync("/setup", "form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Acme Robotics",
            ["Input.AdminName"] = "Rosa",
            ["Input.AdminEmail"] = "rosa@acme.example.com",
            ["Input.AdminPassword"] = "a long enough password",
        });

        Assert.Equal("/staff", done.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("/careers/acme-robotics", await done.Content.ReadAsStringAsync());
        Assert.Contains("Careers at Acme Robotics", await app.CreateClient().GetStringAsync("/careers/acme-robotics"));

        var again = app.CreateClient();
        Assert.Contains("OpenHire is set up", await again.GetStringAsync("/setup"));
    }
}
