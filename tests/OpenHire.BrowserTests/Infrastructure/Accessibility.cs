using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace OpenHire.BrowserTests.Infrastructure;

/// <summary>axe-core's WCAG checks on the page as the browser shows it.</summary>
public static class Accessibility
{
    static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Fails with a readable list when axe finds a serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // "Legacy" mode runs axe.run in the page itself. The default mode also checks iframes (these
        // pages have none) by finishing every run in a new browser page: three times slower here.
#pragma warning disable CS0618
        var result = await page.RunAxeLegacy();
#pragma warning restore CS0618
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        if (blocking.Count > 0) Assert.Fail(Describe(page.Url, blocking));
    }

    static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"Accessibility violations on {url}:\n");
        foreach (var v in violations)
        {
            text.AppendLine($"- [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})");
            foreach (var node in v.Nodes)
            {
                text.AppendLine($"    at {node.Target}: {node.Html}");
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                    text.AppendLine($"      {check.Message}");
            }
        }
        return text.ToString();
    }
}
