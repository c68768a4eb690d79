using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Tandem.BrowserTests;

public static class Pages
{
    /// <summary>Runs axe on the page and fails on any serious or critical accessibility violation.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var serious = await SeriousViolationsAsync(page);
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious));
    }

    /// <summary>Axe's serious and critical violations on the page, each with the elements it found them on.</summary>
    public static async Task<List<string>> SeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")];
    }

    /// <summary>The innermost elements that reach past the window's right edge (for a failure's message).</summary>
    public static Task<string> OverflowingAsync(this IPage page) => page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('main *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
            .filter(e => !e.closest('.table-wrap, pre'))
            .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : '')
                + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ')
        """);

    /// <summary>How wide the page is, and how wide the window: a page wider than its window scrolls sideways.</summary>
    public static async Task<(int Page, int Window)> WidthsAsync(this IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
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
