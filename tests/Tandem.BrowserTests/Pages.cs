using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Tandem.BrowserTests;

public static class Pages
{
    /// <summary>Runs axe on the page and fails on any serious or critical accessibility violation.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }

    /// <summary>Saves a full-page screenshot to docs/screenshots/, where the README shows it.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tandem.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run the tests from the repository.");
    }
}
