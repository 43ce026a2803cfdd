using OpenHire.Features.Demo;

namespace OpenHire.BrowserTests;

/// <summary>The hiring team in the workspace, signed in as the demo admin.</summary>
public sealed class StaffWorkspaceTests(OpenHireServer server, Chromium chromium) : BrowserTest(server, chromium)
{
    async Task SignInAsync(bool checkSignInPage = false)
    {
        await Page.GotoAsync("/staff");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        if (checkSignInPage) await CheckPageAsync();
        await Page.GetByLabel("Email").FillAsync(DemoSeeder.AdminEmail);
        await Page.GetByLabel("Password").FillAsync(DemoSeeder.AdminPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Jobs", Level = 1 })).ToBeVisibleAsync();
    }

    ILocator Heading(string name) => Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });
    ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    [Fact]
    public async Task A_recruiter_imports_the_seed_posting_reviews_it_saves_and_publishes_it()
    {
        await SignInAsync(checkSignInPage: true);
        await Expect(Link(DemoCandidates.SeedJobTitle)).ToBeVisibleAsync();
        await CheckPageAsync("staff-jobs");

        await Page.GetByRole(AriaRole.Link, new() { Name = "New job" }).ClickAsync();
        await Expect(Heading("New job")).ToBeVisibleAsync();
        await CheckPageAsync();
        await Page.GetByLabel("Posting", new() { Exact = true }).FillAsync(SeedPosting.Text());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Read posting" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Read the posting");
        await Expect(Page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Senior Backend Engineer");
        await Expect(Page.GetByLabel("Currency")).ToHaveValueAsync("USD");
        await Expect(Page.GetByLabel("Workplace")).ToHaveValueAsync("Hybrid");
        await CheckPageAsync("job-editor");

        // A second job of the same name would make the list ambiguous; a recruiter would rename it too.
        await Page.GetByLabel("Title", new() { Exact = true }).FillAsync("Senior Backend Engineer, Payments");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Senior Backend Engineer, Payments Draft", Level = 1 })).ToBeVisibleAsync();
        await CheckPageAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Senior Backend Engineer, Payments Published", Level = 1 })).ToBeVisibleAsync();
        await CheckPageAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "View on careers site" }).ClickAsync();
        await Expect(Heading("Senior Backend Engineer, Payments")).ToBeVisibleAsync();
        await Expect(Page.GetByText("$150,000 – $220,000 USD per year (DOE)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_recruiter_reads_an_application_from_the_job_and_finds_the_candidate()
    {
        await Server.ApplyToSeedJobAsync("Ada Lovelace", "ada.lovelace@example.com",
            "Ada Lovelace\nada.lovelace@example.com\n\nSenior Backend Engineer, Analytical Engines Ltd, 2015 - present\n" +
            "Built Python and FastAPI services on PostgreSQL, Redis and RabbitMQ, deployed with Docker and Kubernetes on AWS.\n\n" +
            "Skills: Python, Django, FastAPI, PostgreSQL, Redis, RabbitMQ, Docker, Kubernetes, AWS, GraphQL\n",
            "I have built backends that serve millions and would love to do it with you.");
        await SignInAsync();

        await Link(DemoCandidates.SeedJobTitle).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Applications" })).ToBeVisibleAsync();
        await CheckPageAsync();

        await Link("Ada Lovelace").ClickAsync();
        await Expect(Heading("Ada Lovelace")).ToBeVisibleAsync();
        await Expect(Page.GetByText("I have built backends that serve millions")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Resume: resume.txt" })).ToBeVisibleAsync();
        await CheckPageAsync("application");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Candidates" }).ClickAsync();
        await Expect(Heading("Candidates")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "ada.lovelace@example.com" })).ToBeVisibleAsync();
        await CheckPageAsync();
    }

    [Fact]
    public async Task An_admin_creates_an_api_key_and_adds_a_recruiter_to_the_team()
    {
        await SignInAsync();
        var nav = Page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" });

        await nav.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await Expect(Heading("API keys")).ToBeVisibleAsync();
        await Expect(Page.GetByText("No API keys yet.")).ToBeVisibleAsync();
        await CheckPageAsync();
        await Page.GetByLabel("Name").FillAsync("HRIS sync");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Copy the key now");
        await Expect(Page.GetByRole(AriaRole.Status).Locator("code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^ohk_"));
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "HRIS sync", Exact = true })).ToBeVisibleAsync();
        await CheckPageAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Revoke HRIS sync" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Revoked" })).ToBeVisibleAsync();

        await nav.GetByRole(AriaRole.Link, new() { Name = "Team" }).ClickAsync();
        await Expect(Heading("Team")).ToBeVisibleAsync();
        await CheckPageAsync();
        await Page.GetByLabel("Name").FillAsync("Rosa Recruiter");
        await Page.GetByLabel("Email").FillAsync("rosa@demo.openhire.local");
        await Page.GetByLabel("Role").SelectOptionAsync("Recruiter");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rosa Recruiter can sign in as");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "rosa@demo.openhire.local" })).ToBeVisibleAsync();
        await CheckPageAsync();
    }
}
