using Microsoft.AspNetCore.DataProtection;
using Tandem.Data;
using Tandem.Data.Demo;
using Tandem.Features.Accounts;

namespace Tandem;

/// <summary>
/// Start-up. A command is the first argument only, when it does not start with "-": <c>migrate</c> applies
/// migrations and exits; <c>create-organization NAME EMAIL FULL-NAME</c> adds an organisation and prints its first
/// admin's invitation link; <c>help</c> (or <c>--help</c>) prints the usage. No command migrates, seeds the demo
/// organisation on an empty database (unless Demo:Seed=false) and serves. Every other argument is the host's
/// (<c>--urls http://127.0.0.1:5099</c>, <c>--Key value</c>, <c>--Key=value</c>), as in any ASP.NET Core app.
/// </summary>
public static class Commands
{
    public const string Usage = """
        Usage: Tandem [command] [--Key value ...]
          (no command)                            migrate, seed the demo organisation if enabled, and serve
          migrate                                 apply database migrations and exit
          create-organization NAME EMAIL FULL-NAME  create an organisation and print its first admin's invitation link
          help, --help                            show this help
        Host settings go after the command, e.g. --urls http://127.0.0.1:5099 --Database:Provider Postgres
        """;

    /// <summary>The command and its own (positional) arguments; the host's --options are not the command's.</summary>
    public static (string? Command, string[] Arguments) Parse(string[] args)
    {
        if (args.Length > 0 && args[0] is "--help" or "-h" or "-?") return ("help", []);
        if (args.Length == 0 || args[0].StartsWith('-')) return (null, []);
        return (args[0], [.. args.Skip(1).TakeWhile(a => !a.StartsWith('-'))]);
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var (command, arguments) = Parse(args);
        if (command == "help")
        {
            Console.WriteLine(Usage);
            return 0;
        }
        if (command is not (null or "migrate" or "create-organization"))
        {
            Console.Error.WriteLine($"Unknown command \"{command}\".");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Tandem");
        var provider = DataSetup.Provider(app.Configuration);
        var connection = DataSetup.ConnectionString(app.Configuration, provider, app.Environment.ContentRootPath);

        await DataSetup.MigrateAsync(app.Services, CancellationToken.None);
        // The data-protection key ring lives in the database: made now, not by the first link sealed inside a write
        // transaction (an invitation), where on SQLite writing the key would wait for that very transaction.
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Tandem.Startup").Protect([0]);
        log.LogInformation("Database ready: {Database}", DataSetup.Describe(provider, connection));
        if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(app.Configuration["Tandem:PublicUrl"]))
            log.LogWarning("Tandem:PublicUrl is not set: links sent to people will use the address of the request that made them.");

        if (command == "migrate") return 0;
        if (command == "create-organization") return await CreateOrganizationAsync(app, arguments, log);

        if (DemoOrganization.IsEnabled(app.Configuration, app.Environment))
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<DemoOrganization>().SeedIfEmptyAsync(CancellationToken.None))
                log.LogInformation("Seeded the demo organisation. Sign in as {Email} with the password {Password}.",
                    DemoOrganization.ManagerEmail, DemoOrganization.Password);
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls) log.LogInformation("Tandem is running at {Url}", url);
        });
        await app.RunAsync();
        return 0;
    }

    private static async Task<int> CreateOrganizationAsync(WebApplication app, string[] rest, ILogger log)
    {
        if (rest.Length != 3)
        {
            Console.Error.WriteLine("Usage: create-organization \"Organisation name\" admin@example.com \"Admin Full Name\"");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var (org, link) = await scope.ServiceProvider.GetRequiredService<OrganizationSetup>()
                .CreateAsync(rest[0], rest[1], rest[2], CancellationToken.None);
            log.LogInformation("Created {Organization}.", org.Name);
            Console.WriteLine($"Created {org.Name}. {link.Name} sets a password here (valid until {link.ExpiresAt:yyyy-MM-dd}):");
            Console.WriteLine(link.Url);
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }
}
