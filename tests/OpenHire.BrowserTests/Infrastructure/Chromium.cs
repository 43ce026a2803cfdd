namespace OpenHire.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, one per test assembly; each test opens its own context.
/// Playwright never downloads a browser here: it launches the system's by path.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    IPlaywright? playwright;
    IBrowser? browser;

    public static readonly ViewportSize Viewport = new() { Width = 1280, Height = 800 };

    public async ValueTask InitializeAsync()
    {
        var path = FindExecutable();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // A slow, shared 2-core machine: generous waits, which cost nothing when the page is quick.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A fresh browser profile for one test: no cookies or storage shared with any other.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress)
    {
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = Viewport,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>OPENHIRE_CHROMIUM if set (test.sh exports it), else Debian's chromium on PATH.</summary>
    static string FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("OPENHIRE_CHROMIUM") is { Length: > 0 } configured)
            return File.Exists(configured) ? configured
                : throw new InvalidOperationException($"OPENHIRE_CHROMIUM points to {configured}, which does not exist.");
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException(
            "Chromium is missing: the browser tests need Debian's chromium. Run ./test.sh as root (it installs it), " +
            "or apt-get install chromium, or set OPENHIRE_CHROMIUM to a Chromium executable.");
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
    }
}
