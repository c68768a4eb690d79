using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Organizations;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Bench;

/// <summary>
/// The people import at scale (issue 16): an organisation with only a CEO and an HR admin, and a CSV of new people
/// (a reporting tree ten wide under the CEO, departments by top branch, teams by manager), its rows shuffled so that
/// managers come both before and after their reports. The run posts it as a dry run, for real, again unchanged, and
/// with every tenth title changed, timing each answer.
/// </summary>
public static class ImportBench
{
    public const string HrEmail = "import.hr@bench.example";
    private const string CeoEmail = "import.ceo@bench.example";
    private static readonly string[] Zones = ["Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo", "UTC"];

    /// <summary>A fresh database with the two admins, and the CSV of <paramref name="people"/> people next to it.</summary>
    public static async Task<int> GenerateAsync(DatabaseProvider provider, string connectionString, string csvFile, int people)
    {
        await using (var db = DataSetup.CreateContext(provider, connectionString))
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
            var now = DateTimeOffset.UtcNow;
            var org = new Organization { Id = Guid.CreateVersion7(now), Name = "Import Corp", Slug = "import", TimeZone = "Europe/Berlin", CreatedAt = now, UpdatedAt = now };
            db.TenantId = org.Id;
            db.Organizations.Add(org);
            var ceo = new Person { OrganizationId = org.Id, Id = Guid.CreateVersion7(now), Name = "Chief Executive", Email = CeoEmail, Roles = OrgRoles.OrgAdmin, CreatedAt = now, UpdatedAt = now };
            var hr = new Person { OrganizationId = org.Id, Id = Guid.CreateVersion7(now), Name = "Head of People", Email = HrEmail, ManagerId = ceo.Id, Roles = OrgRoles.HrAdmin, CreatedAt = now, UpdatedAt = now };
            db.People.AddRange(ceo, hr);
            db.ReportingLines.AddRange(ReportingLines.Compute(org.Id, new Dictionary<Guid, Guid?> { [ceo.Id] = null, [hr.Id] = ceo.Id }));
            await db.SaveChangesAsync();
            await GoalData.AddAccountsAsync(db, [ceo, hr], now);
        }
        await File.WriteAllTextAsync(csvFile, Csv(people, changedTitles: false));
        await File.WriteAllTextAsync(ChangedFile(csvFile), Csv(people, changedTitles: true));
        Console.WriteLine($"Generated the import organisation and {csvFile} ({people:N0} people, {new FileInfo(csvFile).Length / 1_000_000.0:0.0} MB).");
        return 0;
    }

    /// <summary>
    /// Posts the file four times (dry run, import, unchanged, every tenth title changed) and prints each answer's figures,
    /// with Tandem's peak RSS so far when its process id is given.
    /// </summary>
    public static async Task<int> RunAsync(Uri baseUrl, string csvFile, int? pid)
    {
        // Tandem's CPU time beside the wall clock: on a shared machine the wall clock measures the neighbours too.
        Console.WriteLine("| step | status | seconds | Tandem CPU s | answer KB | created | updated | unchanged | invited | errors | peak RSS MB so far |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(10) };
        var token = await BenchHttp.SignInAsync(http, HrEmail);
        var failed = false;
        foreach (var (step, file, dryRun) in new[] { ("dry run", csvFile, true), ("import", csvFile, false), ("again, unchanged", csvFile, false), ("every tenth title changed", ChangedFile(csvFile), false) })
        {
            var body = await File.ReadAllBytesAsync(file);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people/import" + (dryRun ? "?dryRun=true" : ""))
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } },
            };
            BenchHttp.AddCredential(request, token);
            var cpu = CpuSeconds(pid);
            var clock = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            var answer = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            cpu = CpuSeconds(pid) - cpu;
            using var json = JsonDocument.Parse(answer);
            var r = json.RootElement;
            int Count(string name) => r.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : v.GetInt32() : -1;
            var invited = r.TryGetProperty("invited", out _) ? Count("invited") : Count("invitations");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {step} | {(int)response.StatusCode} | {clock.Elapsed.TotalSeconds:0.0} | {cpu:0.0} | {answer.Length / 1024.0:N1} | {Count("created"):N0} | {Count("updated"):N0} | {Count("unchanged"):N0} | {invited:N0} | {Count("errors"):N0} | {PeakRss(pid)} |"));
            failed |= !response.IsSuccessStatusCode;
        }
        return failed ? 1 : 0;
    }

    // VmHWM: the most resident memory the process has had since it started.
    private static string PeakRss(int? pid) =>
        pid is { } id && File.Exists($"/proc/{id}/status")
            ? File.ReadLines($"/proc/{id}/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
                .Select(l => (long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).ToString(CultureInfo.InvariantCulture))
                .FirstOrDefault() ?? "?"
            : "?";

    // utime + stime of /proc/PID/stat, in clock ticks of 1/100 s (fields 14 and 15, after the command name in parentheses).
    private static double CpuSeconds(int? pid)
    {
        if (pid is not { } id || !File.Exists($"/proc/{id}/stat")) return double.NaN;
        var fields = File.ReadAllText($"/proc/{id}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static string ChangedFile(string csvFile) => Path.ChangeExtension(csvFile, ".changed.csv");

    private static string Csv(int people, bool changedTitles)
    {
        // Position i reports to the CEO (i < 10) or to position i / 10 - 1: a tree ten wide, six levels for 50,000.
        static int? Manager(int i) => i < 10 ? null : i / 10 - 1;
        int Top(int i) { while (Manager(i) is { } m) i = m; return i; }
        var order = Enumerable.Range(0, people).ToArray();
        new Random(16).Shuffle(order);
        var csv = new StringBuilder("email,name,employee_number,title,department,team,manager_email,location,time_zone,start_date,status\n");
        foreach (var i in order)
        {
            var manager = Manager(i) is { } m ? Email(m) : CeoEmail;
            var title = (i < 110 ? "Manager" : "Engineer") + (changedTitles && i % 10 == 0 ? " II" : "");
            var start = new DateOnly(2015, 1, 1).AddDays(i % 3_000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture,
                $"{Email(i)},Person {i:00000},E{i:000000},{title},Department {Top(i) + 1:00},Team {(Manager(i) ?? i) % 400:000},{manager},Office {i % 7},{Zones[i % Zones.Length]},{start},{(i % 50 == 49 ? "on leave" : "active")}\n");
        }
        return csv.ToString();
    }

    private static string Email(int i) => $"person{i:00000}@import.example";
}
