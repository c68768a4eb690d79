using System.Data.Common;
using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tandem.Data;

namespace Tandem.Bench;

/// <summary>
/// Writes entities straight to their tables, bypassing change tracking: one prepared INSERT reused per row inside
/// large transactions on SQLite, binary COPY on PostgreSQL. Tables and columns, value conversions (enums as text,
/// times as UTC ticks on SQLite) and complex properties come from Tandem's own EF model, so the rows are exactly
/// what Tandem would have written.
/// </summary>
public sealed class BulkWriter(TandemDb db, DatabaseProvider provider)
{
    private const int RowsPerTransaction = 200_000;

    public long Rows { get; private set; }

    public async Task InsertAsync<T>(IEnumerable<T> rows) where T : class
    {
        var clock = Stopwatch.StartNew();
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = Columns(entity, store);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var count = provider == DatabaseProvider.Sqlite
            ? await SqliteAsync(connection, table, columns, rows)
            : await CopyAsync((NpgsqlConnection)connection, table, columns, rows);
        Rows += count;
        Console.WriteLine($"  {table,-28} {count,12:N0} rows in {clock.Elapsed.TotalSeconds,6:0.0} s");
    }

    private static async Task<long> SqliteAsync<T>(DbConnection connection, string table, List<Column> columns, IEnumerable<T> rows)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        long count = 0;
        var transaction = await connection.BeginTransactionAsync();
        command.Transaction = transaction;
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++) parameters[i].Value = columns[i].Value(row!) ?? DBNull.Value;
            command.ExecuteNonQuery();
            if (++count % RowsPerTransaction == 0)
            {
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
                transaction = await connection.BeginTransactionAsync();
                command.Transaction = transaction;
            }
        }
        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        return count;
    }

    private static async Task<long> CopyAsync<T>(NpgsqlConnection connection, string table, List<Column> columns, IEnumerable<T> rows)
    {
        var types = columns.Select(c => c.StoreType).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)");
        long count = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Value(row!) is { } value) await importer.WriteAsync(value, types[i]);
                else await importer.WriteNullAsync();
            }
            count++;
        }
        await importer.CompleteAsync();
        return count;
    }

    // Every stored column of the entity (and of its complex properties), with how to read its provider value from a row.
    private static List<Column> Columns(IEntityType entity, StoreObjectIdentifier store)
    {
        var columns = new List<Column>();
        void Add(IEnumerable<IProperty> properties, Func<object, object?> owner)
        {
            foreach (var property in properties)
            {
                if (property.GetColumnName(store) is not { } name || property.PropertyInfo is not PropertyInfo info) continue;
                var mapping = (RelationalTypeMapping)property.GetTypeMapping();
                var converter = property.GetValueConverter() ?? mapping.Converter;
                var get = Getter(info);
                columns.Add(new Column(name, mapping, StoreType(property.GetColumnType()), row =>
                {
                    var value = owner(row) is { } o ? get(o) : null;
                    return value is null || converter is null ? value : converter.ConvertToProvider(value);
                }));
            }
        }
        Add(entity.GetProperties(), row => row);
        foreach (var complex in entity.GetComplexProperties())
        {
            var info = complex.PropertyInfo!;
            Add(complex.ComplexType.GetProperties(), row => info.GetValue(row));
        }
        return columns;
    }

    // A compiled property read: reflection's GetValue would dominate the time of a large write.
    private static Func<object, object?> Getter(PropertyInfo info)
    {
        var row = Expression.Parameter(typeof(object));
        return Expression.Lambda<Func<object, object?>>(
            Expression.Convert(Expression.Property(Expression.Convert(row, info.DeclaringType!), info), typeof(object)), row).Compile();
    }

    // "character varying(200)" → "character varying": the name Npgsql writes a value as.
    private static string StoreType(string type) => type.Split('(')[0].Trim();

    private sealed record Column(string Name, RelationalTypeMapping Mapping, string StoreType, Func<object, object?> Value);
}
