using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Bench;

/// <summary>
/// Session settings for a bulk load into a freshly migrated database: secondary indexes are dropped before the load
/// and built again after it (one sort instead of millions of random B-tree inserts), foreign keys are not checked
/// row by row (the generator writes parents first), and nothing is flushed to disk until the end.
/// </summary>
public static class BulkLoad
{
    public static async Task<List<string>> PrepareAsync(TandemDb db, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        List<(string Name, string Create)> indexes = [];
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = provider == DatabaseProvider.Sqlite
                ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                : "SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
            ? "PRAGMA foreign_keys = OFF; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -4000000; PRAGMA temp_store = MEMORY;"
            : "SET session_replication_role = replica; SET synchronous_commit = off; SET maintenance_work_mem = '1GB';");
        foreach (var (name, _) in indexes)
        {
            var drop = "DROP INDEX \"" + name + "\""; // names read from the catalogue just above
            await db.Database.ExecuteSqlRawAsync(drop);
        }
        return [.. indexes.Select(i => i.Create)];
    }

    public static async Task FinishAsync(TandemDb db, DatabaseProvider provider, List<string> indexes)
    {
        var clock = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        foreach (var create in indexes) await db.Database.ExecuteSqlRawAsync(create);
        Console.WriteLine($"  {indexes.Count} indexes built in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
            ? "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA analysis_limit = 1000; ANALYZE;"
            : "SET session_replication_role = DEFAULT; ANALYZE;");
        Console.WriteLine($"  statistics gathered in {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
