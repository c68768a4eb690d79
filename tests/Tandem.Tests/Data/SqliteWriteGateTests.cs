using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

/// <summary>
/// SQLite only: writers take turns on the app's write gate instead of polling SQLite's lock, and every way a write
/// ends gives the turn back (a turn kept would stall every later write for 30 s and then fail it).
/// </summary>
public sealed class SqliteWriteGateTests() : AppTest(TandemApp.Sqlite)
{
    private const int Writers = 12;

    [Fact]
    public async Task ConcurrentTransactions_AllCommit_AndLeaveTheGateFree()
    {
        var org = await NewOrgAsync();
        var before = await VersionAsync(org, "employee");

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            await using var db = await NewContextAsync(org);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var person = await db.People.SingleAsync(p => p.Id == org["employee"]);
            person.Location = $"Desk {i}";
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        })));

        Assert.Equal(before + Writers, await VersionAsync(org, "employee"));
        Assert.Equal(1, await FreeTurnsAsync(org));
    }

    [Fact]
    public async Task ConcurrentSingleStatementWrites_AllApply_AndLeaveTheGateFree()
    {
        var org = await NewOrgAsync();

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            await using var db = await NewContextAsync(org);
            if (i % 2 == 0)
            {
                await db.People.Where(p => p.Id == org["peer"]).ExecuteUpdateAsync(s => s.SetProperty(p => p.Location, $"Room {i}"));
            }
            else
            {
                db.Departments.Add(new Department { OrganizationId = org.Id, Id = Guid.CreateVersion7(), Name = $"Gate {i:00}" });
                await db.SaveChangesAsync(); // one statement: no transaction of EF's own
            }
        })));

        Assert.Equal(1, await FreeTurnsAsync(org));
        Assert.Equal(Writers / 2, await org.DbAsync(db => db.Departments.CountAsync(d => d.Name.StartsWith("Gate "))));
        Assert.StartsWith("Room ", await org.DbAsync(db => db.People.Where(p => p.Id == org["peer"]).Select(p => p.Location!).SingleAsync()));
    }

    [Fact]
    public async Task TransactionLeftWithoutCommit_GivesItsTurnBack_WhenItsContextEnds()
    {
        var org = await NewOrgAsync();
        await using (var db = await NewContextAsync(org))
        {
            // Opened first, the connection outlives the transaction: only the end of the context gives the turn back.
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.People.SingleAsync(p => p.Id == org["manager"])).Location = "Never saved";
            await db.SaveChangesAsync();
            Assert.Equal(0, SqliteWriteGate.FreeTurns(db.Database.GetDbConnection().DataSource));
        }

        Assert.Equal(1, await FreeTurnsAsync(org));
        Assert.Null(await org.DbAsync(db => db.People.Where(p => p.Id == org["manager"]).Select(p => p.Location).SingleAsync()));
    }

    [Fact]
    public void EveryHandlerOfTheGate_ImplementsAnInterceptorMethod()
    {
        // A handler whose signature drifted from EF Core's interface would compile and never be called.
        var gate = typeof(SqliteWriteGate);
        var implemented = new[] { typeof(IDbConnectionInterceptor), typeof(IDbTransactionInterceptor), typeof(IDbCommandInterceptor) }
            .SelectMany(i => gate.GetInterfaceMap(i).TargetMethods).ToHashSet();
        var handlers = gate.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name != nameof(SqliteWriteGate.GiveBack)).ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.Contains(h, implemented));
    }

    private async Task<TandemDb> NewContextAsync(TestOrg org)
    {
        var db = await App.Services.GetRequiredService<IDbContextFactory<TandemDb>>().CreateDbContextAsync();
        db.TenantId = org.Id;
        return db;
    }

    private static Task<long> VersionAsync(TestOrg org, string key) =>
        org.DbAsync(db => db.People.Where(p => p.Id == org[key]).Select(p => p.Version).SingleAsync());

    // Whether the gate (keyed by the database file as an open connection names it) comes free within a few seconds:
    // tests running beside this one write too, but only a turn never given back keeps it taken that long.
    private async Task<int> FreeTurnsAsync(TestOrg org)
    {
        await using var db = await NewContextAsync(org);
        await db.Database.OpenConnectionAsync();
        var file = db.Database.GetDbConnection().DataSource;
        for (var i = 0; i < 100 && SqliteWriteGate.FreeTurns(file) == 0; i++) await Task.Delay(50);
        return SqliteWriteGate.FreeTurns(file);
    }
}
