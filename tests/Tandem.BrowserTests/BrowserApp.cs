using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>
/// Tandem on a real Kestrel socket with the demo organisation on a fresh SQLite file, and one headless
/// Debian Chromium for the whole run.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    private static readonly Lazy<Task<BrowserApp>> Instance = new(StartAsync);

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public static Task<BrowserApp> GetAsync() => Instance.Value;

    private static async Task<BrowserApp> StartAsync()
    {
        var app = new BrowserApp();
        app.UseKestrel(0);
        app.StartServer();
        app._playwright = await Playwright.CreateAsync();
        app.Browser = await app._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TANDEM_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Dispose();
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tandem-browser-tests");
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Testing");
        // Serve wwwroot from the project, as Development does (a published app serves its own copy).
        builder.UseStaticWebAssets();
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tandem"] = $"Data Source={Path.Combine(folder, $"tandem-{Guid.NewGuid():N}.db")}",
            ["Demo:Seed"] = "true",
            ["RateLimits:SignInPerMinute"] = "1000",
            ["RateLimits:SignInPerEmailPerMinute"] = "1000",
            // Plain HTTP on loopback: browsers refuse __Host- and Secure cookies there (see CookieNames).
            ["Tandem:SecureCookies"] = "false",
        }));
    }

    /// <summary>A new browser context (its own cookies), signed in through the sign-in page.</summary>
    public async Task<IPage> SignInAsync(string email, string password = "tandem-demo-2026", int width = 1280, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 }, ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/account/login");
        await page.GetByLabel("Work email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/");
        return page;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
