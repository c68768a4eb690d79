using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.People;

/// <summary>
/// The incremental maintenance of the reporting-line closure (moving one branch at a time, in SQL) always
/// ends where a naive recomputation from the managers ends, whatever the tree and the moves.
/// </summary>
public abstract class ReportingLinesPropertyTests(TandemApp app) : AppTest(app)
{
    /// <summary>parents[i] is the manager of person i (an earlier person, or -1); moves are (person, new manager or -1).</summary>
    public sealed record Case(int[] Parents, (int Person, int Manager)[] Moves)
    {
        public override string ToString() => $"parents [{string.Join(",", Parents)}], moves [{string.Join(" ", Moves.Select(m => $"{m.Person}→{m.Manager}"))}]";
    }

    private static readonly Gen<Case> Cases =
        from n in Gen.Choose(2, 12)
        from raw in Gen.ArrayOf(Gen.Choose(0, 1000), n)
        from moves in Gen.ListOf(Gen.Zip(Gen.Choose(0, 11), Gen.Choose(-1, 11)))
        select new Case(
            [.. raw.Select((x, i) => i == 0 ? -1 : x % (i + 1) - 1)],
            [.. moves.Take(10).Select(m => (m.Item1 % n, m.Item2 < 0 ? -1 : m.Item2 % n))]);

    [Fact]
    public async Task MovingBranches_KeepsTheClosureEqualToARecomputation()
    {
        var org = await NewOrgAsync();
        var property = Prop.ForAll(Arb.From(Cases), c => Task.Run(() => HoldsAsync(org, c)).GetAwaiter().GetResult());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(30), property);
    }

    private async Task<bool> HoldsAsync(TestOrg org, Case c)
    {
        var ids = c.Parents.Select(_ => Guid.CreateVersion7()).ToArray();
        var managers = ids.Select((id, i) => (id, manager: c.Parents[i] < 0 ? (Guid?)null : ids[c.Parents[i]]))
            .ToDictionary(x => x.id, x => x.manager);
        await using (var scope = App.Scope())
        {
            var db = Db(scope, org);
            db.People.AddRange(ids.Select(id => new Person { Id = id, Name = "P " + id, Email = $"{id:N}@p.test", ManagerId = managers[id] }));
            db.ReportingLines.AddRange(ReportingLines.Compute(org.Id, managers));
            await db.SaveChangesAsync();
        }

        foreach (var (p, m) in c.Moves)
        {
            var person = ids[p];
            Guid? manager = m < 0 ? null : ids[m];
            if (manager is { } target && IsAtOrBelow(managers, target, person)) continue; // would be a loop: refused elsewhere
            managers[person] = manager;
            await using var scope = App.Scope();
            var db = Db(scope, org);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.People.Where(x => x.Id == person).ExecuteUpdateAsync(s => s.SetProperty(x => x.ManagerId, manager));
            await scope.ServiceProvider.GetRequiredService<ReportingLines>().MoveAsync(org.Id, person, manager, default);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using var check = App.Scope();
        var stored = await Db(check, org).ReportingLines.AsNoTracking()
            .Where(r => ids.Contains(r.DescendantId))
            .Select(r => new { r.AncestorId, r.DescendantId, r.Depth }).ToListAsync();
        var expected = ReportingLines.Compute(org.Id, managers).Select(r => new { r.AncestorId, r.DescendantId, r.Depth });
        return stored.ToHashSet().SetEquals(expected);
    }

    private static bool IsAtOrBelow(Dictionary<Guid, Guid?> managers, Guid candidate, Guid person)
    {
        for (Guid? current = candidate; current is { } id; current = managers[id])
            if (id == person) return true;
        return false;
    }

    private static TandemDb Db(AsyncServiceScope scope, TestOrg org)
    {
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        db.TenantId = org.Id;
        return db;
    }
}

public sealed class ReportingLinesPropertyTests_Sqlite() : ReportingLinesPropertyTests(TandemApp.Sqlite);

public sealed class ReportingLinesPropertyTests_Postgres() : ReportingLinesPropertyTests(TandemApp.Postgres);
