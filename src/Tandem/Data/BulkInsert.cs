using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tandem.Data;

/// <summary>
/// Writes many new rows of one entity inside the context's open transaction, without the change tracker. For imports:
/// through SaveChanges, each row of a 50,000-person import was tracked until saved and, on SQLite, its statement was
/// prepared anew in every batch (0.4 ms of CPU a person). SQLite gets one prepared single-row INSERT run for each row
/// (binding names are looked up one by one, so a statement with thousands of parameters costs time quadratic in
/// them); PostgreSQL gets multi-row INSERTs, each one round trip. Tables, columns and value conversions (enums as
/// text, times as UTC ticks on SQLite) come from the EF model, so the rows are what SaveChanges would write; what
/// <see cref="AuditFieldsInterceptor"/> does for added rows (the organisation, the timestamps) is done here too.
/// </summary>
public static class BulkInsert
{
    // Well below PostgreSQL's 65,535 parameters per statement.
    private const int ParametersPerStatement = 10_000;

    /// <summary>Inserts <paramref name="rows"/>; the caller holds a transaction and, for tenant-owned rows, has set the tenant.</summary>
    public static async Task InsertAsync<T>(this TandemDb db, IEnumerable<T> rows, DateTimeOffset now, CancellationToken ct) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var columns = Columns(entity, sql);
        var prefix = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        var postgres = db.Database.IsNpgsql() ? await PostgresStatistics.ReadAsync(command.Connection!, transaction, table, ct) : null;
        var perStatement = postgres is null ? 1 : Math.Max(1, ParametersPerStatement / columns.Count);

        var statementRows = 0;
        foreach (var batch in rows.Chunk(perStatement))
        {
            // The same text keeps the statement SQLite prepared for the previous row.
            if (batch.Length != statementRows) command.CommandText = Statement(prefix, columns.Count, statementRows = batch.Length);
            command.Parameters.Clear();
            for (var r = 0; r < batch.Length; r++)
            {
                Stamp(db, batch[r], now);
                for (var c = 0; c < columns.Count; c++)
                {
                    // The mapping converts the value to what the column stores, as SaveChanges would.
                    command.Parameters.Add(columns[c].Mapping.CreateParameter(command, $"@p{r * columns.Count + c}",
                        columns[c].Getter.GetClrValue(batch[r]), columns[c].Nullable));
                }
            }
            await command.ExecuteNonQueryAsync(ct);
            if (postgres is not null) await postgres.AddedAsync(batch.Length, ct);
        }
    }

    private static List<Column> Columns(IEntityType entity, ISqlGenerationHelper sql)
    {
        if (entity.GetComplexProperties().Any()) throw new NotSupportedException($"{entity.DisplayName()} has complex properties; insert it with SaveChanges.");
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return [.. entity.GetProperties()
            .Select(p => (Property: p, Name: p.GetColumnName(store)))
            .Where(c => c.Name is not null)
            .Select(c => c.Property.IsShadowProperty()
                ? throw new NotSupportedException($"{entity.DisplayName()}.{c.Property.Name} is a shadow property; insert it with SaveChanges.")
                : new Column(sql.DelimitIdentifier(c.Name!), c.Property.GetGetter(), (RelationalTypeMapping)c.Property.GetRelationalTypeMapping(), c.Property.IsNullable))];
    }

    private static string Statement(string prefix, int columns, int rows)
    {
        var text = new StringBuilder(prefix);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++) text.Append(c == 0 ? "" : ", ").Append("@p").Append(r * columns + c);
            text.Append(')');
        }
        return text.ToString();
    }

    // As AuditFieldsInterceptor for an added row: the tenant's organisation (and never another's), creation times.
    private static void Stamp(TandemDb db, object row, DateTimeOffset now)
    {
        if (row is ITenantOwned owned)
        {
            var tenant = db.TenantId ?? throw new InvalidOperationException("Bulk inserts of tenant-owned rows need the context's tenant.");
            if (owned.OrganizationId == Guid.Empty) owned.OrganizationId = tenant;
            if (owned.OrganizationId != tenant) throw new InvalidOperationException($"Refusing to write {row.GetType().Name} of another organisation.");
        }
        if (row is ITimestamped stamped) stamped.CreatedAt = stamped.UpdatedAt = now;
    }

    private sealed record Column(string Name, IClrPropertyGetter Getter, RelationalTypeMapping Mapping, bool Nullable);

    /// <summary>
    /// PostgreSQL plans an insert's foreign-key checks from the table's statistics. Planned while the table was nearly
    /// empty (a new database, a first import), each check read every row of the organisation: 50,000 people took 190 s
    /// in the database alone. Statistics taken again whenever the table has doubled keep the plans right (ANALYZE sees
    /// the transaction's own rows, and new statistics make PostgreSQL plan the checks again).
    /// </summary>
    private sealed class PostgresStatistics(DbConnection connection, DbTransaction transaction, string table, double rows)
    {
        private double _rows = rows;
        private double _analyzedAt = Math.Max(rows, 1);

        public static async Task<PostgresStatistics> ReadAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken ct)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT reltuples FROM pg_class WHERE oid = to_regclass(@table)";
            var name = command.CreateParameter();
            name.ParameterName = "table";
            name.Value = table;
            command.Parameters.Add(name);
            // -1: never analyzed.
            var estimate = await command.ExecuteScalarAsync(ct) is float reltuples ? Math.Max(reltuples, 0) : 0;
            return new PostgresStatistics(connection, transaction, table, estimate);
        }

        public async Task AddedAsync(int count, CancellationToken ct)
        {
            _rows += count;
            if (_rows < 2 * _analyzedAt) return;
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "ANALYZE " + table; // a name from the model, delimited
            await command.ExecuteNonQueryAsync(ct);
            _analyzedAt = _rows;
        }
    }
}
