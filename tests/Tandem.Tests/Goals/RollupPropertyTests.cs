using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Features.Goals;
using Tandem.Security;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Goals;

/// <summary>
/// After any sequence of check-ins, re-alignments, deletions and weight changes, every goal's cached progress
/// equals a naive recomputation of the whole tree from its key results.
/// </summary>
public abstract class RollupPropertyTests(TandemApp app) : AppTest(app)
{
    public enum Op
    {
        CheckIn,
        Realign,
        Delete,
        GoalWeight,
        KeyResultWeight,
    }

    public sealed record Step(Op Op, int Goal, int Other, int Value);

    public sealed record Case(int[] Parents, int[] KeyResults, int[] Weights, int[] Values, Step[] Steps)
    {
        public override string ToString() =>
            $"parents [{string.Join(",", Parents)}] krs [{string.Join(",", KeyResults)}] weights [{string.Join(",", Weights)}] " +
            $"values [{string.Join(",", Values)}] " +
            $"steps [{string.Join(" ", Steps.Select(s => $"{s.Op}({s.Goal},{s.Other},{s.Value})"))}]";
    }

    private static readonly Gen<Case> Cases =
        from n in Gen.Choose(2, 8)
        from parents in Gen.ArrayOf(Gen.Choose(0, 100), n)
        from krs in Gen.ArrayOf(Gen.Choose(0, 3), n)
        from weights in Gen.ArrayOf(Gen.Choose(1, 5), n)
        from values in Gen.ArrayOf(Gen.Choose(0, 10), n)
        from steps in Gen.ListOf(
            from op in Gen.Elements(Op.CheckIn, Op.CheckIn, Op.Realign, Op.Delete, Op.GoalWeight, Op.KeyResultWeight)
            from goal in Gen.Choose(0, 7)
            from other in Gen.Choose(-1, 7)
            from value in Gen.Choose(0, 10)
            select new Step(op, goal, other, value))
        select new Case(
            [.. parents.Select((p, i) => i == 0 ? -1 : p % (i + 1) - 1)],
            krs, weights, values,
            [.. steps.Take(8).Select(s => s with { Goal = s.Goal % n, Other = s.Other < 0 ? -1 : s.Other % n })]);

    [Fact]
    public async Task CachedProgress_AlwaysEqualsANaiveRecomputation()
    {
        var org = await NewOrgAsync();
        var property = Prop.ForAll(Arb.From(Cases), c => Task.Run(() => HoldsAsync(org, c)).GetAwaiter().GetResult());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), property);
    }

    private async Task<bool> HoldsAsync(TestOrg org, Case c)
    {
        var ids = new Guid?[c.Parents.Length];
        for (var i = 0; i < c.Parents.Length; i++)
        {
            var input = new GoalInput
            {
                Title = $"Goal {i} {Guid.NewGuid():N}",
                OwnerType = GoalOwnerType.Company,
                ParentGoalId = c.Parents[i] < 0 ? null : ids[c.Parents[i]],
                Weight = c.Weights[i],
                KeyResults = [.. Enumerable.Range(0, c.KeyResults[i]).Select(k => new KeyResultInput { Title = $"KR {k}", Start = 0, Target = 10, Weight = k + 1 })],
            };
            var created = await RunAsync(org, s => s.CreateAsync(input, default));
            ids[i] = created.Goal.Id;
            // Start from a varied tree: every key result checked in at its own value.
            foreach (var kr in created.KeyResults)
            {
                var value = (c.Values[i] + kr.Weight * 3) % 11;
                await RunAsync<KeyResultService, GoalDetails>(org, s => s.CheckInAsync(kr.Id, new CheckInInput(value, null, CheckInStatus.OnTrack, 5, null, kr.Version), default));
            }
        }

        foreach (var step in c.Steps)
        {
            if (ids[step.Goal] is not { } id) continue;
            var goal = await QueryAsync(org, q => q.GetAsync(id, default));
            switch (step.Op)
            {
                case Op.CheckIn when goal!.KeyResults.Count > 0:
                    var kr = goal.KeyResults[step.Value % goal.KeyResults.Count];
                    await RunAsync<KeyResultService, GoalDetails>(org, s => s.CheckInAsync(kr.Id, new CheckInInput(step.Value, null, CheckInStatus.OnTrack, 5, null, kr.Version), default));
                    break;
                case Op.Realign:
                    var parent = step.Other < 0 ? null : ids[step.Other];
                    if (parent is { } p && await IsAtOrBelowAsync(org, p, id)) break;
                    await RunAsync(org, s => s.UpdateAsync(id, new GoalUpdate(Input(goal!) with { ParentGoalId = parent }, goal!.Version), default));
                    break;
                case Op.Delete:
                    await RunAsync(org, s => s.DeleteAsync(id, default));
                    ids[step.Goal] = null;
                    break;
                case Op.GoalWeight:
                    await RunAsync(org, s => s.UpdateAsync(id, new GoalUpdate(Input(goal!) with { Weight = step.Value + 1 }, goal!.Version), default));
                    break;
                case Op.KeyResultWeight when goal!.KeyResults.Count > 0:
                    var edited = goal.KeyResults[step.Other < 0 ? 0 : step.Other % goal.KeyResults.Count];
                    await RunAsync<KeyResultService, GoalDetails>(org, s => s.EditKeyResultAsync(edited.Id, new KeyResultUpdateInput(
                        new KeyResultInput { Title = edited.Title, Start = edited.Start, Target = edited.Target, Weight = step.Value + 1 }, edited.Version), default));
                    break;
            }
        }

        var live = ids.OfType<Guid>().ToList();
        var (goals, keyResults) = await org.DbAsync(async db => (
            await db.Goals.AsNoTracking().Where(g => live.Contains(g.Id)).ToListAsync(),
            await db.KeyResults.AsNoTracking().Where(k => live.Contains(k.GoalId)).ToListAsync()));
        var expected = Naive(goals, keyResults);
        return goals.All(g => Math.Abs(g.Progress - expected[g.Id]) < 1e-9);
    }

    // Recomputes every goal from scratch: the definition the incremental roll-up must match.
    private static Dictionary<Guid, double> Naive(List<Goal> goals, List<KeyResult> keyResults)
    {
        var result = new Dictionary<Guid, double>();
        double Of(Goal g)
        {
            if (result.TryGetValue(g.Id, out var known)) return known;
            var parts = keyResults.Where(k => k.GoalId == g.Id).Select(k => (k.Weight, k.Progress))
                .Concat(goals.Where(c => c.ParentGoalId == g.Id && GoalMath.CountsInParent(c.Approval, c.Status, c.Visibility))
                    .Select(c => (c.Weight, Of(c))));
            return result[g.Id] = GoalMath.Rollup(parts, g.Status);
        }
        foreach (var g in goals) Of(g);
        return result;
    }

    private static GoalInput Input(GoalDetails goal) => new()
    {
        Title = goal.Goal.Title, OwnerType = GoalOwnerType.Company, ParentGoalId = goal.Goal.ParentGoalId, Weight = goal.Weight,
    };

    private static async Task<bool> IsAtOrBelowAsync(TestOrg org, Guid candidate, Guid goal)
    {
        for (Guid? current = candidate; current is { } id;)
        {
            if (id == goal) return true;
            current = await org.DbAsync(db => db.Goals.Where(g => g.Id == id).Select(g => g.ParentGoalId).SingleAsync());
        }
        return false;
    }

    private Task<T> RunAsync<T>(TestOrg org, Func<GoalService, Task<Tandem.Http.Outcome<T>>> action) => RunAsync<GoalService, T>(org, action);

    private async Task<T> RunAsync<TService, T>(TestOrg org, Func<TService, Task<Tandem.Http.Outcome<T>>> action) where TService : notnull
    {
        await using var scope = AsHr(org);
        var outcome = await action(scope.ServiceProvider.GetRequiredService<TService>());
        Assert.True(outcome.Succeeded, $"{outcome.Kind}: {outcome.Detail} {string.Join("; ", outcome.Errors.SelectMany(e => e.Value))}");
        return outcome.Value!;
    }

    private async Task<T> QueryAsync<T>(TestOrg org, Func<GoalQueries, Task<T>> query)
    {
        await using var scope = AsHr(org);
        return await query(scope.ServiceProvider.GetRequiredService<GoalQueries>());
    }

    private AsyncServiceScope AsHr(TestOrg org)
    {
        var scope = App.Scope();
        scope.ServiceProvider.GetRequiredService<TandemDb>().TenantId = org.Id;
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SignIn(Guid.NewGuid(), org.Person("hr"), [], 0);
        return scope;
    }
}

public sealed class RollupPropertyTests_Sqlite() : RollupPropertyTests(TandemApp.Sqlite);

public sealed class RollupPropertyTests_Postgres() : RollupPropertyTests(TandemApp.Postgres);
