using System.Globalization;

namespace Tandem.Components.Shared;

/// <summary>
/// A form with rows sends only the rows that were filled in, so the service numbers its errors by the rows it was
/// sent ("Routes[0].Kind"); the form numbers every row it shows. This puts each error back on the row it came from.
/// </summary>
public static class RowErrors
{
    /// <param name="errors">The service's errors.</param>
    /// <param name="list">The list's field name, e.g. "Routes".</param>
    /// <param name="rows">For each item sent, the index of the form row it came from.</param>
    public static IReadOnlyDictionary<string, string[]> Renumber(IReadOnlyDictionary<string, string[]> errors, string list, IReadOnlyList<int> rows) =>
        errors.ToDictionary(e => Renumbered(e.Key, list, rows), e => e.Value, StringComparer.Ordinal);

    private static string Renumbered(string key, string list, IReadOnlyList<int> rows)
    {
        var prefix = list + "[";
        if (!key.StartsWith(prefix, StringComparison.Ordinal)) return key;
        var close = key.IndexOf(']', prefix.Length);
        return close > 0 && int.TryParse(key.AsSpan(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sent)
               && sent < rows.Count
            ? $"{prefix}{rows[sent].ToString(CultureInfo.InvariantCulture)}{key[close..]}"
            : key;
    }
}
