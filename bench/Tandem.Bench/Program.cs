using System.Globalization;
using Tandem.Bench;

// tandem-bench generate-goals <sqlite file> [goals]              a large organisation with its goal tree
// tandem-bench goals <base url> <results file>                    times the goal scenarios against a running Tandem
// tandem-bench generate-development <sqlite file> [people]        a large organisation with capabilities and assessments
// tandem-bench development <base url> <results file>              times the development scenarios
return args switch
{
    ["generate-goals", var file, .. var rest] => await GoalData.GenerateAsync(file, Count(rest, 100_000)),
    ["goals", var url, var results] => await GoalScenarios.RunAsync(new Uri(url), results),
    ["generate-development", var file, .. var rest] => await DevelopmentData.GenerateAsync(file, Count(rest, 100_000), 50),
    ["development", var url, var results] => await DevelopmentScenarios.RunAsync(new Uri(url), results),
    _ => Usage(),
};

static int Count(string[] rest, int fallback) => rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine("Usage: tandem-bench generate-goals|generate-development FILE [COUNT] | goals|development BASE-URL RESULTS-FILE");
    return 2;
}
