using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tandem.Data;

/// <summary>Stores an instant as UTC ticks (SQLite only), so comparisons and ORDER BY happen in SQL.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
