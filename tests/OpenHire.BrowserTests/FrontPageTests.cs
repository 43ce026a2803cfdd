namespace OpenHire.BrowserTests;

/// <summary>The way in: the start page, and what a mistyped address shows.</summary>
public sealed class FrontPageTests(OpenHireServer server, Chromium chromium) : BrowserTest(server, chromium)
{
    [Fact]
    public async Task The_start_page_leads_to_the_demo_careers_site_and_a_wrong_address_back_to_it()
    {
        await Page.GotoAsync("/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "OpenHire", Level = 1 })).ToBeVisibleAsync();
        await CheckPageAsync();

        var missing = await Page.GotoAsync("/careers/demo/no-such-page");
        Assert.Equal(404, missing!.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await CheckPageAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Go to the start page" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Demo Company" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Careers at Demo Company" })).ToBeVisibleAsync();
    }
}
