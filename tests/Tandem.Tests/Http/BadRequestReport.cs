using System.Text;

namespace Tandem.Tests.Http;

/// <summary>What the generated requests got, per operation: how many were sent, by status, and which failed.</summary>
public sealed class BadRequestReport
{
    private const int ExamplesPerOperation = 4;
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Sent { get; private set; }
    public int Failed { get; private set; }

    public void Add(ApiOperation operation, int status, string? failure)
    {
        lock (_gate)
        {
            var key = operation.ToString();
            if (!_tallies.TryGetValue(key, out var tally)) _tallies[key] = tally = new Tally();
            Sent++;
            tally.Sent++;
            tally.Statuses[status] = tally.Statuses.GetValueOrDefault(status) + 1;
            if (failure is null) return;
            Failed++;
            tally.Failed++;
            if (tally.Examples.Count < ExamplesPerOperation) tally.Examples.Add(failure);
        }
    }

    public string Summary(int operations, TimeSpan took)
    {
        lock (_gate)
        {
            var text = new StringBuilder()
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                    $"{Sent} generated requests to {operations} operations in {took.TotalSeconds:0.0} s; {Failed} failed " +
                    $"on {_tallies.Count(t => t.Value.Failed > 0)} operations.");
            foreach (var (operation, tally) in _tallies.OrderByDescending(t => t.Value.Failed).ThenBy(t => t.Key, StringComparer.Ordinal))
            {
                var statuses = string.Join(", ", tally.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{operation}: {tally.Sent} sent, {tally.Failed} failed ({statuses})");
                foreach (var example in tally.Examples) text.Append("    ").AppendLine(example);
            }
            return text.ToString();
        }
    }

    private sealed class Tally
    {
        public int Sent { get; set; }
        public int Failed { get; set; }
        public Dictionary<int, int> Statuses { get; } = [];
        public List<string> Examples { get; } = [];
    }
}
