namespace OpenHire.BrowserTests;

/// <summary>The accessibility check itself: a page with known faults must fail it, readably.</summary>
public sealed class AccessibilityCheckTests(OpenHireServer server, Chromium chromium) : BrowserTest(server, chromium)
{
    [Fact]
    public async Task A_page_with_an_unlabelled_field_and_low_contrast_fails_with_a_readable_report()
    {
        await Page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Faulty</title></head>
            <body><main><h1>Faulty</h1><p style="color:#bbb;background:#fff">Faint text</p><input name="q"></main></body></html>
            """);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Page.AssertAccessibleAsync());

        Assert.Contains("color-contrast", failure.Message);
        Assert.Contains("label", failure.Message);
        Assert.Contains("<input name=\"q\">", failure.Message);
    }
}
