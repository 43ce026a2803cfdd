namespace OpenHire.BrowserTests.Infrastructure;

/// <summary>
/// Screenshots of the main pages, written on every run to OPENHIRE_SCREENSHOTS (a new temp folder
/// when unset, named in the test output). docs/screenshots holds a copy for the README.
/// </summary>
public static class Screenshots
{
    static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Environment.GetEnvironmentVariable("OPENHIRE_SCREENSHOTS") is { Length: > 0 } configured
            ? Directory.CreateDirectory(configured).FullName
            : Directory.CreateTempSubdirectory("openhire-screenshots-").FullName;
        TestContext.Current.SendDiagnosticMessage($"Screenshots: {folder}");
        return folder;
    });

    /// <summary>Saves the top of the page, one viewport high, as {name}.png.</summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        // Filling a form scrolls it; the top of the page is what a reader of the docs expects.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder.Value, name + ".png") });
    }
}
