namespace Tandem.Common;

/// <summary>
/// Time zones by IANA id (Windows ids work where the platform maps them). Ids come from people and imports, so an
/// unknown or malformed id never throws: it is "unknown", and where a zone is needed anyway, UTC.
/// </summary>
public static class TimeZones
{
    /// <summary>The zones a person may choose, by IANA id, in order.</summary>
    public static readonly IReadOnlyList<string> Ids =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)];

    /// <summary>Looks up a zone; false for an empty, padded, over-long or unknown id.</summary>
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || id.Trim().Length != id.Length) return false;
        try
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found)) return false;
            zone = found;
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidTimeZoneException or TimeZoneNotFoundException or IOException
                                       or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // A malformed id or a damaged tz file reads as "unknown", not as a 500.
            return false;
        }
    }

    /// <summary>The zone, or UTC when the id is not a known zone.</summary>
    public static TimeZoneInfo FindOrUtc(string? id) => TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The IANA id for a zone name (trimmed; Windows ids are converted), or null when it is not a known zone.</summary>
    public static string? Normalize(string? id)
    {
        if (Text.Clean(id) is not { } trimmed || !TryFind(trimmed, out var zone)) return null;
        if (zone.HasIanaId) return zone.Id;
        return TimeZoneInfo.TryConvertWindowsIdToIanaId(trimmed, out var iana) ? iana : null;
    }

    /// <summary>Whose clock a time is on, in words: "London time" for Europe/London, "UTC" for UTC or an unknown id.</summary>
    public static string Label(string? id)
    {
        if (!TryFind(id, out var zone) || zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime) return "UTC";
        var city = zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return $"{city} time";
    }

    /// <summary>The wall-clock view of an instant in a zone.</summary>
    public static DateTime InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>
    /// The instant (UTC offset 0) of a local wall-clock time in a zone. A time inside a spring-forward gap moves
    /// forward by the gap (02:30 in a 02:00→03:00 gap becomes 03:30 local); an ambiguous fall-back time takes the
    /// earlier (daylight) instant.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // Reading the skipped wall-clock time with the offset that was in force before the jump lands exactly
            // "gap" later on the new clock. A day back, read as UTC, is 10 to 38 hours before the transition: safely
            // before it and after any previous one.
            offset = zone.GetUtcOffset(DateTime.SpecifyKind(local.AddDays(-1), DateTimeKind.Utc));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant: the first time the clock shows this reading.
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(DateTime.SpecifyKind(local - offset, DateTimeKind.Utc), TimeSpan.Zero);
    }

    /// <summary>Today's date in the zone with that id (UTC for an unknown one).</summary>
    public static DateOnly Today(TimeProvider time, string? id) => DateOnly.FromDateTime(InZone(time.GetUtcNow(), FindOrUtc(id)));
}
