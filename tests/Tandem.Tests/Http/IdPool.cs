using System.Text.Json;

namespace Tandem.Tests.Http;

/// <summary>
/// Ids of things that exist, harvested from successful responses, so generated requests reach past "not found"
/// into the services. Ids are kept by the API area that answered them (goals, meetings, …) and all together.
/// </summary>
public sealed class IdPool(IEnumerable<Guid> protectedIds)
{
    private readonly HashSet<string> _protected = [.. protectedIds.Select(i => i.ToString())];
    private readonly Dictionary<string, List<string>> _byArea = new(StringComparer.Ordinal);
    private readonly List<string> _all = [];
    private readonly Lock _gate = new();

    public void Add(string area, Guid id)
    {
        var text = id.ToString();
        if (_protected.Contains(text)) return;
        lock (_gate)
        {
            if (!_byArea.TryGetValue(area, out var list)) _byArea[area] = list = [];
            if (!list.Contains(text)) list.Add(text);
            if (!_all.Contains(text)) _all.Add(text);
        }
    }

    /// <summary>Every GUID in a JSON response, kept under <paramref name="area"/>.</summary>
    public void Harvest(string area, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            Walk(area, document.RootElement);
        }
        catch (JsonException)
        {
            // Not JSON (a CSV export): nothing to harvest.
        }
    }

    /// <summary>An id from this area (mostly), from anywhere, or one nobody has; <paramref name="pick"/> chooses.</summary>
    public string Pick(string area, int pick)
    {
        lock (_gate)
        {
            var local = _byArea.GetValueOrDefault(area);
            return (pick % 10) switch
            {
                < 7 when local is { Count: > 0 } => local[pick / 10 % local.Count],
                < 9 when _all.Count > 0 => _all[pick / 10 % _all.Count],
                _ => Guid.NewGuid().ToString(),
            };
        }
    }

    private void Walk(string area, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Walk(area, property.Value);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().Take(50)) Walk(area, item);
                break;
            case JsonValueKind.String when Guid.TryParse(element.GetString(), out var id):
                Add(area, id);
                break;
        }
    }
}
