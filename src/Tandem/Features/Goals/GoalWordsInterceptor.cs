using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tandem.Data;

namespace Tandem.Features.Goals;

/// <summary>
/// Before every save, keeps each added or retitled goal's <see cref="GoalWord"/> rows in step with its title, in the same
/// save: whichever service, import or seed wrote the title. The old words come from the title as it was loaded, so no
/// query is needed.
/// </summary>
public sealed class GoalWordsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Writes the words of every goal of every organisation that has none, a batch at a time: for goals from before the
    /// index. Run without a tenant; running it again adds nothing.
    /// </summary>
    public static async Task BackfillAsync(TandemDb db, CancellationToken ct)
    {
        const int Batch = 2_000;
        var after = (Organization: Guid.Empty, Id: Guid.Empty);
        while (true)
        {
            var (organization, id) = after;
            var goals = await db.Goals.IgnoreQueryFilters().AsNoTracking()
                .Where(g => g.OrganizationId > organization || (g.OrganizationId == organization && g.Id > id))
                .Where(g => !db.GoalWords.Any(w => w.OrganizationId == g.OrganizationId && w.GoalId == g.Id))
                .OrderBy(g => g.OrganizationId).ThenBy(g => g.Id).Take(Batch)
                .Select(g => new Goal { OrganizationId = g.OrganizationId, Id = g.Id, Title = g.Title })
                .ToListAsync(ct);
            if (goals.Count == 0) return;
            db.GoalWords.AddRange(goals.SelectMany(GoalWord.Of));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = (goals[^1].OrganizationId, goals[^1].Id);
        }
    }

    private static void Apply(DbContext? context)
    {
        if (context is not TandemDb db) return;
        var changed = db.ChangeTracker.Entries<Goal>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(g => g.Title).IsModified))
            .ToList();
        foreach (var entry in changed)
        {
            var goal = entry.Entity;
            var now = GoalRules.Words(goal.Title).ToHashSet(StringComparer.Ordinal);
            var before = entry.State == EntityState.Added ? [] : GoalRules.Words(entry.Property(g => g.Title).OriginalValue).ToHashSet(StringComparer.Ordinal);
            foreach (var word in before.Except(now))
                db.Entry(new GoalWord { OrganizationId = goal.OrganizationId, Word = word, GoalId = goal.Id }).State = EntityState.Deleted;
            foreach (var word in now.Except(before))
                db.Add(new GoalWord { OrganizationId = goal.OrganizationId, Word = word, GoalId = goal.Id });
        }
    }
}
