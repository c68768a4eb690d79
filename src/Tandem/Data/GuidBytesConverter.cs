using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tandem.Data;

/// <summary>
/// Stores a Guid as its 16 bytes in RFC 9562 order (SQLite only): a third of EF Core's default 36-character text.
/// Big-endian, unlike <see cref="Guid.ToByteArray()"/>, so that UUID v7 ids stay time-ordered in the indexes and
/// sort as their text does.
/// </summary>
public sealed class GuidBytesConverter() : ValueConverter<Guid, byte[]>(
    value => value.ToByteArray(true),
    bytes => new Guid(bytes, true));
