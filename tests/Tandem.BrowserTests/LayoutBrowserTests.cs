using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>
/// Every page type, as each role reaches it, on a laptop (1280 px) and a phone (390 px), light and dark: no page scrolls
/// sideways (tables scroll inside their own box) and axe finds no serious or critical violation.
/// </summary>
public sealed class LayoutBrowserTests
{
    private static readonly Dictionary<string, string[]> PagesOf = new()
    {
        ["priya@northwind.example"] =
        [
            "/", "/goals", "/goals/new", "/goals/tree", "{goal}", "/one-on-ones", "{meeting}", "/feedback", "/feedback/give",
            "/feedback/request", "/feedback/praise", "{me}", "{me}/plan", "{me}/capabilities", "/people", "/org", "/notifications",
            "/account", "/search?q=an", "/development/framework", "/development/learning", "/one-on-ones/questions",
            "/reviews",
        ],
        ["daniel@northwind.example"] = ["/", "/team", "/development/team", "/goals/insights", "/one-on-ones", "{meeting}", "/reviews", "/calibration", "{session}", "/talent"],
        ["sofia@northwind.example"] =
        [
            "/", "/admin", "/admin/audit", "/admin/invitations", "/admin/import", "/admin/departments", "/goals/periods", "/admin/values",
            "/admin/organization", "/admin/goals/import", "/development/gaps", "/development/profiles", "/one-on-ones/templates", "/search?q=en",
            "/admin/reviews", "/admin/reviews/new", "/admin/reviews/templates", "/admin/reviews/templates/new", "/calibration", "{session}",
            "{session-cycle}/calibration", "/talent", "/admin/attributes",
        ],
    };

    // Screenshots of the pages this test alone reaches, and of a phone's view, for docs/screenshots.
    private static readonly Dictionary<(int, string, string), string> Shots = new()
    {
        [(1280, "sofia@northwind.example", "/admin")] = "setup",
        [(1280, "sofia@northwind.example", "/admin/audit")] = "audit-log",
        [(1280, "sofia@northwind.example", "/")] = "home-hr",
        [(1280, "sofia@northwind.example", "/admin/reviews/new")] = "review-cycle-new",
        [(1280, "sofia@northwind.example", "/admin/reviews/templates/new")] = "review-template-editor",
        [(1280, "sofia@northwind.example", "{session-cycle}/calibration")] = "calibration-cycle",
        [(390, "priya@northwind.example", "/")] = "home-phone",
        [(390, "daniel@northwind.example", "/development/team")] = "team-capabilities-phone",
    };

    [Theory]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    public async Task EveryPage_FitsTheScreen_AndIsAccessible(int width, ColorScheme scheme)
    {
        var app = await BrowserApp.GetAsync();
        var problems = new List<string>();
        foreach (var (email, urls) in PagesOf)
        {
            var page = await app.SignInAsync(email, width: width, scheme: scheme);
            var ids = await IdsAsync(app, page);
            foreach (var template in urls)
            {
                var url = Regex.Replace(template, "{([\\w-]+)}", m => ids[m.Groups[1].Value]);
                await page.GotoAsync(app.BaseUrl + url);
                var (wide, window) = await page.WidthsAsync();
                if (wide > window) problems.Add($"{email} {url} at {width} px: {wide} px wide ({await page.OverflowingAsync()})");
                problems.AddRange((await page.SeriousViolationsAsync()).Select(v => $"{email} {url} at {width} px, {scheme}: {v}"));
                if (scheme == ColorScheme.Light && Shots.TryGetValue((width, email, template), out var shot)) await page.ScreenshotAsync(shot);
            }
            await page.Context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // The pages whose address has an id: a goal and a meeting of the person's own, and their profile.
    private static async Task<Dictionary<string, string>> IdsAsync(BrowserApp app, IPage page)
    {
        await page.GotoAsync(app.BaseUrl + "/goals");
        var goal = await page.Locator("main a[href^='/goals/']").EvaluateAllAsync<string[]>(
            "links => links.map(a => a.getAttribute('href')).filter(h => /^\\/goals\\/[0-9a-f-]{36}$/.test(h))");
        await page.GotoAsync(app.BaseUrl + "/one-on-ones");
        var meeting = await page.Locator("main a[href^='/one-on-ones/meetings/']").First.GetAttributeAsync("href");
        await page.GotoAsync(app.BaseUrl + "/account");
        var me = await page.Locator("main a[href^='/people/']").First.GetAttributeAsync("href");
        // The demo's calibration session (HR and the Engineering managers are in it), and its cycle's calibration page for HR.
        await page.GotoAsync(app.BaseUrl + "/calibration");
        var sessionLink = page.GetByRole(AriaRole.Link, new() { Name = "Engineering calibration" });
        var session = await sessionLink.CountAsync() > 0 ? await sessionLink.GetAttributeAsync("href") ?? "/calibration" : "/calibration";
        await page.GotoAsync(app.BaseUrl + session);
        var cycleLink = page.Locator("main a[href^='/admin/reviews/'][href$='/calibration']");
        var sessionCycle = await cycleLink.CountAsync() > 0 ? (await cycleLink.First.GetAttributeAsync("href"))![..^"/calibration".Length] : "/admin/reviews";
        return new()
        {
            ["goal"] = goal.FirstOrDefault() ?? "/goals", ["meeting"] = meeting ?? "/one-on-ones", ["me"] = me ?? "/people", ["session"] = session,
            ["session-cycle"] = sessionCycle,
        };
    }
}
