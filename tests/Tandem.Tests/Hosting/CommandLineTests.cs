using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tandem.Tests.Hosting;

/// <summary>
/// The command line as a new user meets it: the built Tandem.dll run as a real process. A command is the first
/// argument only; every other argument is the host's, in either standard form.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], null, new string[0])]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5099" }, null, new string[0])]
    [InlineData(new[] { "--urls=http://127.0.0.1:5099", "--Demo:Seed", "false" }, null, new string[0])]
    [InlineData(new[] { "migrate", "--Database:Provider", "Sqlite" }, "migrate", new string[0])]
    [InlineData(new[] { "create-organization", "Acme Ltd", "ada@acme.example", "Ada Admin", "--Demo:Seed=false" }, "create-organization",
        new[] { "Acme Ltd", "ada@acme.example", "Ada Admin" })]
    [InlineData(new[] { "--help" }, "help", new string[0])]
    public void Parse_TakesTheCommandFromTheFirstArgumentOnly(string[] args, string? command, string[] arguments)
    {
        var parsed = Commands.Parse(args);
        Assert.Equal(command, parsed.Command);
        Assert.Equal(arguments, parsed.Arguments);
    }

    [Fact]
    public async Task Help_PrintsTheCommands_AndExitsWithoutTouchingADatabase()
    {
        var (code, output) = await RunAsync(["--help"]);
        Assert.Equal(0, code);
        Assert.Contains("create-organization", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCommand_ExitsWithTwo_AndTheUsage()
    {
        var (code, output) = await RunAsync(["serve-please"]);
        Assert.Equal(2, code);
        Assert.Contains("Unknown command \"serve-please\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_WithHostSettingsInBothForms_CreatesTheDatabaseAndExits()
    {
        var file = TempDatabase();
        var (code, output) = await RunAsync(["migrate", "--ConnectionStrings:Tandem", $"Data Source={file}", "--Demo:Seed=false"]);
        Assert.True(code == 0, output);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task CreateOrganization_PrintsTheInvitationLink()
    {
        var (code, output) = await RunAsync(["create-organization", "Acme Ltd", "ada@acme.example", "Ada Admin",
            "--ConnectionStrings:Tandem", $"Data Source={TempDatabase()}", "--Tandem:PublicUrl=https://tandem.acme.example"]);
        Assert.True(code == 0, output);
        Assert.Contains("https://tandem.acme.example/invite/", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Urls_AsAHostArgument_ServesThere()
    {
        var port = FreePort();
        using var process = Start(["--urls", $"http://127.0.0.1:{port}", "--ConnectionStrings:Tandem", $"Data Source={TempDatabase()}", "--Demo:Seed", "false"]);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            HttpStatusCode? status = null;
            // A fresh database is migrated first; on a busy machine that takes a while.
            var until = DateTime.UtcNow.AddMinutes(3);
            while (status is null && !process.HasExited && DateTime.UtcNow < until)
            {
                try { status = (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"))).StatusCode; }
                catch (HttpRequestException) { await Task.Delay(250); }
            }
            Assert.True(status == HttpStatusCode.OK, $"GET /health: {status?.ToString() ?? "no answer"}\n{output}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Tandem.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        return Process.Start(info)!;
    }

    private static string TempDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tandem-tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"cli-{Guid.NewGuid():N}.db");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
