using System.Globalization;
using Tandem.Bench;

// tandem-bench generate-goals <sqlite file> [goals]              a large organisation with its goal tree
// tandem-bench goals <base url> <results file>                    times the goal scenarios against a running Tandem
// tandem-bench generate-development <sqlite file> [people]        a large organisation with capabilities and assessments
// tandem-bench development <base url> <results file>              times the development scenarios
// tandem-bench generate-full sqlite|postgres <connection> [people] [small orgs]   the load benchmark's data set
// tandem-bench reset sqlite|postgres <connection>               removes what earlier write mixes added
// tandem-bench targets <base url> <directory> sqlite|postgres <connection> [--quick]
//                                                              signs in and writes the load scenarios' tokens and paths
// tandem-bench generate-import sqlite|postgres <connection> <csv file> [people]   an organisation of two admins and a CSV of people
// tandem-bench import <base url> <csv file> [tandem pid]       posts the CSV as a dry run, for real, unchanged, changed
// tandem-bench notices <base url> <directory> <tandem pid> <smtp port>   times a morning's reminders and their emails
// tandem-bench report <results.jsonl> <output.md> <provider> <set> <peak rss MB> <locked errors> <commit>   the run's table
return args switch
{
    ["generate-goals", var file, .. var rest] => await GoalData.GenerateAsync(file, Count(rest, 100_000)),
    ["goals", var url, var results] => await GoalScenarios.RunAsync(new Uri(url), results),
    ["generate-development", var file, .. var rest] => await DevelopmentData.GenerateAsync(file, Count(rest, 100_000), 50),
    ["development", var url, var results] => await DevelopmentScenarios.RunAsync(new Uri(url), results),
    ["reset", var provider, var connection] => await Reset.RunAsync(Provider(provider), connection),
    ["targets", var url, var directory, var provider, var connection, .. var rest] =>
        await Targets.WriteAsync(new Uri(url), directory, Provider(provider), connection, rest.Contains("--quick")),
    ["generate-full", var provider, var connection, .. var rest] => await FullData.GenerateAsync(Provider(provider), connection,
        Count(rest, 100_000), rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 300),
    ["generate-import", var provider, var connection, var csv, .. var rest] => await ImportBench.GenerateAsync(Provider(provider), connection, csv, Count(rest, 50_000)),
    ["import", var url, var csv, .. var rest] => await ImportBench.RunAsync(new Uri(url), csv, rest.Length > 0 ? Count(rest, 0) : null),
    ["notices", var url, var directory, var pid, var smtp] => await NoticeBench.RunAsync(new Uri(url), directory,
        int.Parse(pid, CultureInfo.InvariantCulture), int.Parse(smtp, CultureInfo.InvariantCulture)),
    ["report", var results, var output, var provider, var set, var rss, var locked, var commit] => await Report.WriteAsync(
        results, output, provider, set, int.Parse(rss, CultureInfo.InvariantCulture), int.Parse(locked, CultureInfo.InvariantCulture), commit),
    _ => Usage(),
};

static Tandem.Data.DatabaseProvider Provider(string name) =>
    name == "postgres" ? Tandem.Data.DatabaseProvider.Postgres : Tandem.Data.DatabaseProvider.Sqlite;

static int Count(string[] rest, int fallback) => rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine("Usage: tandem-bench generate-goals|generate-development FILE [COUNT] | goals|development BASE-URL RESULTS-FILE");
    return 2;
}
