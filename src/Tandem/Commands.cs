using Tandem.Data;
using Tandem.Data.Demo;
using Tandem.Features.Organizations;

namespace Tandem;

/// <summary>
/// Start-up: <c>migrate</c> applies migrations and exits; <c>create-organization NAME EMAIL FULL-NAME</c>
/// adds an organisation and prints its first admin's invitation link; no command migrates, seeds the demo
/// organisation on an empty database (unless Demo:Seed=false) and serves.
/// </summary>
public static class Commands
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Tandem");
        var provider = DataSetup.Provider(app.Configuration);
        var connection = DataSetup.ConnectionString(app.Configuration, provider, app.Environment.ContentRootPath);
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal));

        await DataSetup.MigrateAsync(app.Services, CancellationToken.None);
        log.LogInformation("Database ready: {Database}", DataSetup.Describe(provider, connection));
        if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(app.Configuration["Tandem:PublicUrl"]))
            log.LogWarning("Tandem:PublicUrl is not set: links sent to people will use the address of the request that made them.");

        switch (command)
        {
            case "migrate":
                return 0;
            case "create-organization":
                return await CreateOrganizationAsync(app, args, log);
            case null:
                break;
            default:
                Console.Error.WriteLine($"Unknown command \"{command}\". Commands: migrate, create-organization NAME EMAIL FULL-NAME.");
                return 2;
        }

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

    private static async Task<int> CreateOrganizationAsync(WebApplication app, string[] args, ILogger log)
    {
        var rest = args.SkipWhile(a => a != "create-organization").Skip(1).ToArray();
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
