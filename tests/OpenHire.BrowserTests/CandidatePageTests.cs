using OpenHire.Features.Demo;

namespace OpenHire.BrowserTests;

/// <summary>The candidate page as a recruiter uses it: profile, applications and timeline, a tag and a note that mentions a teammate.</summary>
public sealed class CandidatePageTests(OpenHireServer server, Chromium chromium) : BrowserTest(server, chromium)
{
    const string Resume = "Senior Backend Engineer, 2016 - present\nPython, PostgreSQL and Kafka.\n\nSkills: Python, PostgreSQL, Kafka\n";

    [Fact]
    public async Task A_recruiter_tags_a_candidate_and_leaves_a_note_that_mentions_a_teammate()
    {
        await Server.ApplyToSeedJobAsync("Nora Notes", "nora.notes@example.com", Resume, "I like writing things down.");
        await Page.GotoAsync("/staff");
        await Page.GetByLabel("Email").FillAsync(DemoSeeder.AdminEmail);
        await Page.GetByLabel("Password").FillAsync(DemoSeeder.AdminPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Candidates", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nora Notes" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Nora Notes", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = DemoCandidates.SeedJobTitle })).ToBeVisibleAsync();
        await Expect(Page.Locator(".timeline li").First).ToContainTextAsync("Applied");
        await Expect(Page.Locator(".letter")).ToContainTextAsync("I like writing things down.");
        await CheckPageAsync("candidate");

        await Page.GetByLabel("Add a tag").FillAsync("Silver medalist");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add tag" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Tagged \"Silver medalist\"." })).ToBeVisibleAsync();
        await Expect(Page.Locator(".tags li")).ToContainTextAsync("Silver medalist");

        await Page.GetByLabel("Add a note").FillAsync("@admin please call her back about the Kafka work.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Note added." })).ToBeVisibleAsync();
        var note = Page.Locator(".note").First;
        await Expect(note).ToContainTextAsync("please call her back about the Kafka work.");
        await Expect(note.Locator("strong.mention")).ToHaveTextAsync("@admin");
        await CheckPageAsync("candidate-note");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Mentions", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".note").First).ToContainTextAsync("Nora Notes");
        await CheckPageAsync();
    }
}
