using Tandem.Bench;

// tandem-bench generate-goals <sqlite file> [goals]   builds a large organisation with its goal tree
// tandem-bench goals <base url> <results file>          times the goal scenarios against a running Tandem
return args switch
{
    ["generate-goals", var file, .. var rest] => await GoalData.GenerateAsync(file, rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000),
    ["goals", var url, var results] => await GoalScenarios.RunAsync(new Uri(url), results),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: tandem-bench generate-goals FILE [GOALS] | goals BASE-URL RESULTS-FILE");
    return 2;
}
