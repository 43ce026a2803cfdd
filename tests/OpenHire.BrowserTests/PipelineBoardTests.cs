using System.Text.RegularExpressions;
using OpenHire.Features.Demo;

namespace OpenHire.BrowserTests;

/// <summary>The seed job's kanban board as a recruiter uses it: with the keyboard, and by dragging cards.</summary>
public sealed class PipelineBoardTests(OpenHireServer server, Chromium chromium) : BrowserTest(server, chromium)
{
    const string Resume = "Senior Backend Engineer, 2016 - present\nPython, PostgreSQL, Kafka and Kubernetes on AWS.\n\nSkills: Python, PostgreSQL, Kafka, Kubernetes, AWS\n";

    ILocator Column(string stage) => Page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex($"^{stage} \\d+ applications?$") });
    ILocator Card(string name) => Page.Locator("li.card").Filter(new() { HasText = name });

    async Task OpenBoardAsync()
    {
        await Page.GotoAsync("/staff");
        await Page.GetByLabel("Email").FillAsync(DemoSeeder.AdminEmail);
        await Page.GetByLabel("Password").FillAsync(DemoSeeder.AdminPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoCandidates.SeedJobTitle, Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Board", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"{DemoCandidates.SeedJobTitle}: board", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_recruiter_moves_a_card_with_the_keyboard_alone()
    {
        await Server.ApplyToSeedJobAsync("Katherine Keyboard", "katherine.keyboard@example.com", Resume, "Keyboards are my thing.");
        await OpenBoardAsync();
        await Expect(Column("Applied").Locator("li.card").Filter(new() { HasText = "Katherine Keyboard" })).ToBeVisibleAsync();
        await CheckPageAsync("board");

        // The card's stage list, then Tab to its Move button, then Enter: no pointer at all.
        var stage = Card("Katherine Keyboard").GetByLabel("Stage for Katherine Keyboard");
        await stage.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(stage.Locator("option:checked")).ToHaveTextAsync("Screen");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Card("Katherine Keyboard").GetByRole(AriaRole.Button, new() { Name = "Move Katherine Keyboard" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Moved to Screen." })).ToBeVisibleAsync();
        await Expect(Column("Screen").Locator("li.card").Filter(new() { HasText = "Katherine Keyboard" })).ToBeVisibleAsync();
        await Expect(Column("Applied").Locator("li.card").Filter(new() { HasText = "Katherine Keyboard" })).ToHaveCountAsync(0);
        await CheckPageAsync();
    }

    [Fact]
    public async Task A_recruiter_drags_a_card_to_another_stage_and_it_stays_there()
    {
        await Server.ApplyToSeedJobAsync("Dorothy Drag", "dorothy.drag@example.com", Resume, "Happy to be moved around.");
        await OpenBoardAsync();
        var before = int.Parse((await Column("Technical interview").Locator(".count").TextContentAsync())!.Split(' ')[0]);

        await Column("Applied").Locator("li.card").Filter(new() { HasText = "Dorothy Drag" }).DragToAsync(Column("Technical interview"));

        await Expect(Page.Locator("#board-status")).ToHaveTextAsync("Moved Dorothy Drag to Technical interview.");
        await Expect(Column("Technical interview").Locator("li.card").Filter(new() { HasText = "Dorothy Drag" })).ToBeVisibleAsync();
        await Expect(Column("Technical interview").Locator(".count")).ToHaveTextAsync(new Regex($"^{before + 1} applications?$"));
        await CheckPageAsync();

        await Page.ReloadAsync();
        await Expect(Column("Technical interview").Locator("li.card").Filter(new() { HasText = "Dorothy Drag" })).ToBeVisibleAsync();
        await Card("Dorothy Drag").GetByRole(AriaRole.Link, new() { Name = "Dorothy Drag" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Pipeline" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".timeline li").First).ToContainTextAsync("Moved from Applied to Technical interview");
        await Expect(Page.Locator(".timeline li").First).ToContainTextAsync("by Demo Admin");
        await CheckPageAsync("application-pipeline");
    }

    [Fact]
    public async Task The_stage_editor_adds_and_renames_stages()
    {
        await OpenBoardAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit stages" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"{DemoCandidates.SeedJobTitle}: stages", Level = 1 })).ToBeVisibleAsync();
        await CheckPageAsync("pipeline-editor");

        await Page.GetByLabel("New stage").FillAsync("Reference check");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add stage" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Stage added.");
        await Expect(Page.GetByLabel("Name of stage 7")).ToHaveValueAsync("Reference check");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Up Reference check" }).ClickAsync();
        await Expect(Page.GetByLabel("Name of stage 6")).ToHaveValueAsync("Reference check");
        await CheckPageAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Board", Exact = true }).ClickAsync();
        await Expect(Column("Reference check")).ToBeVisibleAsync();
    }
}
