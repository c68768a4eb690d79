#if TANDEM_BENCH
using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Bench;

/// <summary>
/// The raw baseline of bench/run.sh, compiled only into the benchmark build (<c>-c Bench</c>): the hottest reads
/// with the very SQL Tandem sends for them — the signed-in user's query, then the endpoint's own — through
/// plain ADO.NET, answered with the same records and JSON. Requests come without a token (so the pipeline does no
/// work of its own for the user) and name the account in <c>?user=</c>; <c>/bench/raw/whoami</c> tells a token's
/// account. Tandem's requests per second divided by these is our overhead on this machine, in this run.
/// </summary>
public static class RawBaseline
{
    // The signed-in user: account, person, organisation setting, managers and direct report count in one statement.
    private const string SignIn = """
        SELECT "s"."OrganizationId", "s"."Id", "s"."CreatedAt", "s"."DepartmentId", "s"."Email", "s"."EmployeeNumber", "s"."Location", "s"."ManagerId",
               "s"."Name", "s"."Roles", "s"."StartDate", "s"."Status", "s"."TeamId", "s"."TimeZone", "s"."Title", "s"."UpdatedAt", "s"."Version",
               "s"."ManagerChainCanRead", "s"."Id0", "s"."Id1", "r0"."AncestorId", "r0"."OrganizationId", "r0"."DescendantId", "s"."c"
        FROM (
            SELECT "p"."OrganizationId", "p"."Id", "p"."CreatedAt", "p"."DepartmentId", "p"."Email", "p"."EmployeeNumber", "p"."Location", "p"."ManagerId",
                   "p"."Name", "p"."Roles", "p"."StartDate", "p"."Status", "p"."TeamId", "p"."TimeZone", "p"."Title", "p"."UpdatedAt", "p"."Version",
                   "o"."ManagerChainCanRead",
                   (SELECT COUNT(*) FROM "People" AS "p0"
                    WHERE "p0"."OrganizationId" = "p"."OrganizationId" AND "p0"."ManagerId" = "p"."Id" AND "p0"."Status" <> 'Left') AS "c",
                   "a"."Id" AS "Id0", "o"."Id" AS "Id1"
            FROM "AspNetUsers" AS "a"
            INNER JOIN "People" AS "p" ON "a"."OrganizationId" = "p"."OrganizationId" AND "a"."PersonId" = "p"."Id"
            INNER JOIN "Organizations" AS "o" ON "p"."OrganizationId" = "o"."Id"
            WHERE "a"."Id" = @user
            LIMIT 2
        ) AS "s"
        LEFT JOIN (
            SELECT "r"."AncestorId", "r"."OrganizationId", "r"."DescendantId", "r"."Depth" FROM "ReportingLines" AS "r" WHERE "r"."Depth" > 0
        ) AS "r0" ON "s"."OrganizationId" = "r0"."OrganizationId" AND "s"."Id" = "r0"."DescendantId"
        ORDER BY "s"."Id0", "s"."OrganizationId", "s"."Id", "s"."Id1", "r0"."Depth", "r0"."OrganizationId", "r0"."AncestorId"
        """;

    private const string Person = """
        SELECT p."Id", p."Name", p."Email", p."EmployeeNumber", p."Title", p."DepartmentId", d."Name", p."TeamId", t."Name", p."ManagerId", p."Location",
               p."TimeZone", p."StartDate", p."Status", p."Roles", p."Version"
        FROM "People" AS p
        LEFT JOIN "Departments" AS d ON p."OrganizationId" = d."OrganizationId" AND p."DepartmentId" = d."Id"
        LEFT JOIN "Teams" AS t ON p."OrganizationId" = t."OrganizationId" AND p."TeamId" = t."Id"
        WHERE p."OrganizationId" = @org AND p."Id" = @id LIMIT 2
        """;
    private const string Chain = """
        SELECT p."Id", p."Name", p."Title" FROM "ReportingLines" AS r
        INNER JOIN "People" AS p ON p."OrganizationId" = @org AND r."AncestorId" = p."Id"
        WHERE r."OrganizationId" = @org AND r."DescendantId" = @id AND r."Depth" > 0 ORDER BY r."Depth" DESC
        """;
    private const string Reports = """SELECT "Id", "Name", "Title" FROM "People" WHERE "OrganizationId" = @org AND "ManagerId" = @id AND "Status" <> 'Left' ORDER BY "Name" """;
    private const string Below = """SELECT COUNT(*) FROM "ReportingLines" WHERE "OrganizationId" = @org AND "AncestorId" = @id AND "Depth" > 0""";
    private const string HasAccount = """SELECT EXISTS (SELECT 1 FROM "AspNetUsers" WHERE "OrganizationId" = @org AND "PersonId" = @id)""";

    private const string People = """
        SELECT p0."Id", p0."Name", p0."Email", p0."Title", d."Name", t."Name", p0."ManagerId", m."Name", p0."Location", p0."Status"
        FROM (SELECT "OrganizationId", "Id", "DepartmentId", "Email", "Location", "ManagerId", "Name", "Status", "TeamId", "Title" FROM "People"
              WHERE "OrganizationId" = @org AND "Status" <> 'Left' ORDER BY "Name", "Id" LIMIT @limit) AS p0
        LEFT JOIN "Departments" AS d ON p0."OrganizationId" = d."OrganizationId" AND p0."DepartmentId" = d."Id"
        LEFT JOIN "Teams" AS t ON p0."OrganizationId" = t."OrganizationId" AND p0."TeamId" = t."Id"
        LEFT JOIN "People" AS m ON p0."OrganizationId" = m."OrganizationId" AND p0."ManagerId" = m."Id"
        ORDER BY p0."Name", p0."Id"
        """;

    public static void MapRawBaseline(this WebApplication app)
    {
        var configuration = app.Configuration;
        var provider = DataSetup.Provider(configuration);
        var connectionString = DataSetup.ConnectionString(configuration, provider, app.Environment.ContentRootPath);
        var raw = new Raw(provider, connectionString);
        var group = app.MapGroup("/bench/raw").AllowAnonymous();
        // Outside /api a request is authenticated by the cookie only (decision 011): ask the bearer scheme for the token's account.
        group.MapGet("/whoami", async (HttpContext http) =>
            (await http.AuthenticateAsync(IdentityConstants.BearerScheme)).Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
                ? Results.Text(id)
                : Results.Unauthorized());
        group.MapGet("/people/{id:guid}", async (Guid id, Guid user, CancellationToken ct) =>
            await raw.PersonAsync(user, id, ct) is { } person ? Results.Ok(person) : Results.NotFound());
        group.MapGet("/people", async (Guid user, int? limit, CancellationToken ct) =>
            await raw.PeopleAsync(user, limit ?? 50, ct) is { } page ? Results.Ok(page) : Results.NotFound());
    }

    private sealed class Raw(DatabaseProvider provider, string connectionString)
    {
        private readonly NpgsqlDataSource? _postgres = provider == DatabaseProvider.Postgres ? NpgsqlDataSource.Create(connectionString) : null;

        public async Task<PersonDetails?> PersonAsync(Guid user, Guid id, CancellationToken ct)
        {
            await using var connection = await OpenAsync(ct);
            if (await SignInAsync(connection, user, ct) is not { } org) return null;
            var found = await QueryAsync(connection, Person, async reader => await reader.ReadAsync(ct)
                ? new PersonDetails(IdAt(reader, 0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4),
                    Id(reader, 5), Text(reader, 6), Id(reader, 7), Text(reader, 8), Id(reader, 9), Text(reader, 10), reader.GetString(11),
                    reader.IsDBNull(12) ? null : reader.GetFieldValue<DateOnly>(12), Enum.Parse<PersonStatus>(reader.GetString(13)),
                    (OrgRoles)reader.GetInt32(14), reader.GetInt64(15), [], [], 0, false)
                : null, ct, ("org", org), ("id", id));
            if (found is null) return null;
            var chain = await RefsAsync(connection, Chain, org, id, ct);
            var reports = await RefsAsync(connection, Reports, org, id, ct);
            var below = Convert.ToInt32(await ScalarAsync(connection, Below, ct, ("org", org), ("id", id)));
            var hasAccount = Convert.ToBoolean(await ScalarAsync(connection, HasAccount, ct, ("org", org), ("id", id)));
            return found with { Chain = chain, DirectReports = reports, PeopleBelow = below, HasAccount = hasAccount };
        }

        public async Task<Page<PersonSummary>?> PeopleAsync(Guid user, int limit, CancellationToken ct)
        {
            await using var connection = await OpenAsync(ct);
            if (await SignInAsync(connection, user, ct) is not { } org) return null;
            var rows = await QueryAsync(connection, People, async reader =>
            {
                var rows = new List<PersonSummary>();
                while (await reader.ReadAsync(ct))
                {
                    rows.Add(new PersonSummary(IdAt(reader, 0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                        Id(reader, 6), Text(reader, 7), Text(reader, 8), Enum.Parse<PersonStatus>(reader.GetString(9))));
                }
                return rows;
            }, ct, ("org", org), ("limit", limit + 1));
            return Cursor.ToPage(rows, limit, p => Cursor.Encode(p.Name, p.Id.ToString()));
        }

        // What CurrentUserMiddleware asks of every signed-in request; the organisation, or null when signed out.
        private async Task<Guid?> SignInAsync(DbConnection connection, Guid user, CancellationToken ct)
        {
            var (org, status, _) = await QueryAsync(connection, SignIn, async reader =>
            {
                if (!await reader.ReadAsync(ct)) return ((Guid?)null, "", new List<Guid>());
                var (org, status, chain) = (IdAt(reader, 0), reader.GetString(11), new List<Guid>());
                do
                {
                    if (!reader.IsDBNull(20)) chain.Add(IdAt(reader, 20));
                }
                while (await reader.ReadAsync(ct));
                return ((Guid?)org, status, chain);
            }, ct, ("user", user));
            return status == nameof(PersonStatus.Left) ? null : org;
        }

        private async Task<List<PersonRef>> RefsAsync(DbConnection connection, string sql, Guid org, Guid id, CancellationToken ct)
        {
            return await QueryAsync(connection, sql, async reader =>
            {
                var refs = new List<PersonRef>();
                while (await reader.ReadAsync(ct)) refs.Add(new PersonRef(IdAt(reader, 0), reader.GetString(1), Text(reader, 2)));
                return refs;
            }, ct, ("org", org), ("id", id));
        }

        private async Task<DbConnection> OpenAsync(CancellationToken ct)
        {
            if (_postgres is not null) return await _postgres.OpenConnectionAsync(ct);
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            return connection;
        }

        // Runs a query and hands its reader to read; the command lives until the reader is done with.
        private async Task<T> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, Task<T>> read, CancellationToken ct,
            params (string Name, object Value)[] parameters)
        {
            await using var command = Command(connection, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await read(reader);
        }

        private async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
        {
            await using var command = Command(connection, sql, parameters);
            return await command.ExecuteScalarAsync(ct);
        }

        // SQLite keeps ids as 16 big-endian bytes (as Tandem's model writes them, GuidBytesConverter); PostgreSQL as uuid.
        private DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value is Guid g && _postgres is null ? g.ToByteArray(bigEndian: true) : value;
                command.Parameters.Add(parameter);
            }
            return command;
        }

        private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

        private Guid? Id(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : IdAt(reader, i);

        // Microsoft.Data.Sqlite's GetGuid reads a blob's bytes little-endian.
        private Guid IdAt(DbDataReader reader, int i) => _postgres is null ? new Guid(reader.GetFieldValue<byte[]>(i), bigEndian: true) : reader.GetGuid(i);
    }
}
#endif
