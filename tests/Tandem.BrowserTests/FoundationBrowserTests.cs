using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>The foundation in a real browser: sign-in per role, the org chart, a profile, the CSV import.</summary>
public sealed class FoundationBrowserTests
{
    [Theory]
    [InlineData("priya@northwind.example", "Good to see you, Priya", false)]
    [InlineData("daniel@northwind.example", "Your team", false)]
    [InlineData("sofia@northwind.example", "Set up your organisation", true)]
    public async Task SignIn_EachDemoRole_SeesTheirHome(string email, string expected, bool admin)
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync(email);

        await Assertions.Expect(page.GetByText(expected).First).ToBeVisibleAsync();
        Assert.Equal(admin, await Nav(page, "Setup").CountAsync() > 0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("home-" + email.Split('@')[0]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OrgChart_OpenABranchLazily_ThenAProfile()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example");

        await Nav(page, "Org chart").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Org chart" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("org-chart");

        // Daniel's team is on the third level: it loads when his branch is opened.
        var danielsTeam = page.Locator("summary", new() { HasText = "direct reports of Daniel Okafor" });
        var priya = page.Locator(".tree").GetByRole(AriaRole.Link, new() { Name = "Priya Raman" });
        await Assertions.Expect(priya).ToHaveCountAsync(0);
        await danielsTeam.ClickAsync();
        await Assertions.Expect(priya).ToBeVisibleAsync();

        await priya.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Priya Raman" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Reporting line" })).ToContainTextAsync("Daniel Okafor");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("profile");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SiteSearch_ArrowKeysAndEnter_OpenAPerson_EnterAloneListsEverything()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("daniel@northwind.example");
        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Search people and goals" });

        await search.PressSequentiallyAsync("priya");
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToContainTextAsync("Priya Raman");
        await page.ScreenshotAsync("search-suggestions");
        await search.PressAsync("ArrowDown");
        await search.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Priya Raman");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search people and goals" }).FillAsync("deploys");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search people and goals" }).PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl + "/search?q=deploys");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Goals" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("search");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OrgChart_Search_ShowsThePathToThePerson()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("daniel@northwind.example");
        await page.GotoAsync(app.BaseUrl + "/org");

        await page.GetByLabel("Name or title").FillAsync("priya");
        await page.GetByLabel("Name or title").PressAsync("Enter");

        var results = page.GetByRole(AriaRole.Region, new() { Name = "Search results" });
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "Priya Raman" })).ToBeVisibleAsync();
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "Daniel Okafor" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Import_WithRowErrors_ThenFixed_Applies_ThenALinkFromInvitations()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("sofia@northwind.example");
        await Nav(page, "Setup").ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Import people" }).ClickAsync();
        await page.AssertAccessibleAsync();

        var broken = "email,name,title,manager_email\nquinn@northwind.example,Quinn Query,Data Analyst,daniel@northwind.example\n" +
                     "not-an-email,Rae Wrong,Analyst,daniel@northwind.example\nsam@northwind.example,Sam Sample,Analyst,nobody@northwind.example\n";
        await UploadAsync(page, broken);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing was imported: 2 problems to fix" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "not an email" })).ToContainTextAsync("3");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "nobody@northwind.example" })).ToContainTextAsync("4");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("import-errors");

        var fixedFile = "email,name,title,manager_email\nquinn@northwind.example,Quinn Query,Data Analyst,daniel@northwind.example\n" +
                        "rae@northwind.example,Rae Right,Analyst,daniel@northwind.example\nsam@northwind.example,Sam Sample,Analyst,quinn@northwind.example\n";
        await UploadAsync(page, fixedFile);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import complete" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("3 created")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("3 people were invited")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("code.secret")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("import-done");

        // Links are shown only when created, one person at a time, from the invitations list.
        await page.GetByRole(AriaRole.Link, new() { Name = "Invitations", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create link for Quinn Query" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Invitation link for Quinn Query")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("code.secret")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("invitations");

        await page.GotoAsync(app.BaseUrl + "/org?q=Sam%20Sample");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Search results" })).ToContainTextAsync("Quinn Query");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EveryMainPage_HasNoSeriousAccessibilityViolations()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("sofia@northwind.example");
        string[] paths = ["/people", "/people/new", "/admin/departments", "/admin/organization", "/admin/audit", "/account"];
        foreach (var path in paths)
        {
            await page.GotoAsync(app.BaseUrl + path);
            await page.AssertAccessibleAsync();
        }
        await page.GotoAsync(app.BaseUrl + "/people");
        await page.ScreenshotAsync("people");
        await page.Context.CloseAsync();

        var anonymous = await app.Browser.NewPageAsync();
        await anonymous.GotoAsync(app.BaseUrl + "/account/login");
        await anonymous.AssertAccessibleAsync();
        await anonymous.ScreenshotAsync("sign-in");
        await anonymous.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_SkipLinkComesFirst_AndLeadsToTheContent()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    private static ILocator Nav(IPage page, string link) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = link });

    private static async Task UploadAsync(IPage page, string csv)
    {
        await page.GetByLabel("CSV file", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "people.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
