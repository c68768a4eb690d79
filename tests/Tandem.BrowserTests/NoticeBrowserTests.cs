using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>
/// Notice settings in a real browser: Leo turns his team's Monday notice into a weekly digest and keeps quiet hours —
/// refused next to the field while they start and end at the same time, keeping what he chose, then saved.
/// </summary>
public sealed class NoticeBrowserTests
{
    [Fact]
    public async Task APerson_ChoosesHowNoticesReachThem_AndKeepsQuietHours()
    {
        var app = await BrowserApp.GetAsync();
        var leo = await app.SignInAsync("leo@northwind.example");
        await leo.GotoAsync(app.BaseUrl + "/");
        await leo.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Notices" }).ClickAsync();
        await leo.GetByRole(AriaRole.Link, new() { Name = "notice settings" }).ClickAsync();

        await leo.GetByLabel("Your team's week").SelectOptionAsync(new SelectOptionValue { Label = "Weekly digest (Mondays)" });
        await leo.GetByLabel("Keep quiet hours").CheckAsync();
        await leo.GetByLabel("From", new() { Exact = true }).FillAsync("21:00");
        await leo.GetByLabel("Until", new() { Exact = true }).FillAsync("21:00");
        await leo.GetByRole(AriaRole.Button, new() { Name = "Save notice settings" }).ClickAsync();
        await Assertions.Expect(leo.GetByText("Quiet hours end at a different time than they start.")).ToBeVisibleAsync();
        await Assertions.Expect(leo.GetByLabel("Your team's week")).ToHaveValueAsync("WeeklyDigest");

        await leo.GetByLabel("Until", new() { Exact = true }).FillAsync("07:00");
        await leo.GetByRole(AriaRole.Button, new() { Name = "Save notice settings" }).ClickAsync();
        await Assertions.Expect(leo.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your notice settings are saved." })).ToBeVisibleAsync();
        await Assertions.Expect(leo.GetByLabel("Your team's week")).ToHaveValueAsync("WeeklyDigest");
        await Assertions.Expect(leo.GetByLabel("Until", new() { Exact = true })).ToHaveValueAsync("07:00");
        await leo.AssertAccessibleAsync();
        await leo.ScreenshotAsync("notice-settings");
        await leo.Context.CloseAsync();
    }
}
