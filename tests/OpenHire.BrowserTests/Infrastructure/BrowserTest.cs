namespace OpenHire.BrowserTests.Infrastructure;

/// <summary>A test with its own browser context and page on the shared server and Chromium.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(OpenHireServer server, Chromium chromium) : IAsyncLifetime
{
    IBrowserContext? context;

    protected OpenHireServer Server => server;
    protected IPage Page { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        context = await chromium.NewContextAsync(server.BaseAddress);
        Page = await context.NewPageAsync();
    }

    /// <summary>
    /// Checks the page that just loaded: it is accessible, and, when named, a screenshot of it is saved.
    /// </summary>
    protected async Task CheckPageAsync(string? screenshot = null)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Page.AssertAccessibleAsync();
        if (screenshot is not null) await Screenshots.SaveAsync(Page, screenshot);
    }

    public async ValueTask DisposeAsync()
    {
        // What the browser showed when a test failed is the first thing one wants to see.
        if (TestContext.Current.TestState?.Result == TestResult.Failed && Page is not null)
            await Screenshots.SaveAsync(Page, "failed-" + TestContext.Current.Test?.TestCase.TestMethodName);
        if (context is not null) await context.CloseAsync();
        GC.SuppressFinalize(this);
    }
}
