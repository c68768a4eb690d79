using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Goals;

/// <summary>
/// CSV import and export of goals (HR admins). All or nothing, in one transaction under the organisation lock;
/// importing the same file again changes nothing.
/// </summary>
public sealed class GoalImport(TandemDb db, CurrentUser me, GoalRollups rollups, AuditService audit, AdminReads adminReads, TimeProvider time)
{
    public const int MaxRows = 50_000;

    public async Task<GoalImportReport> ImportAsync(TextReader csv, bool dryRun, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Rejected([new ImportRowError(0, "", "Only HR admins import goals.")], 0, dryRun, []);
        var file = GoalCsv.Read(csv, MaxRows);
        var goals = file.Rows.Select(r => r[GoalCsv.Ref]).Distinct().Count();
        if (file.Errors.Count > 0) return Rejected(file.Errors, goals, dryRun, file.Notes);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockOrganizationAsync(ct);
        var plan = GoalImportPlan.Build(file, await SnapshotAsync(ct));
        if (plan.Errors.Count > 0) return Rejected(plan.Errors, goals, dryRun, file.Notes);
        var created = plan.Changes.Count(c => c.Existing is null);
        var updated = plan.Changes.Count - created;
        if (dryRun) return new GoalImportReport(false, true, goals, created, updated, plan.Unchanged, [], file.Notes);

        await ApplyAsync(plan, ct);
        await transaction.CommitAsync(ct);
        return new GoalImportReport(true, false, goals, created, updated, plan.Unchanged, [], file.Notes);
    }

    public async Task<string> ExportAsync(CancellationToken ct)
    {
        if (!me.IsHrAdmin) throw new InvalidOperationException("Only HR admins export goals; the endpoint's policy should have said so.");
        var goals = await db.Goals.AsNoTracking().Include(g => g.KeyResults).Include(g => g.Period)
            .OrderBy(g => g.OwnerType).ThenBy(g => g.Title).ThenBy(g => g.Id).ToListAsync(ct);
        var refs = goals.ToDictionary(g => g.Id, g => g.ImportRef ?? g.Id.ToString());
        var emails = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Email, ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);

        IEnumerable<string?[]> Rows(Goal g)
        {
            string?[] goal =
            [
                refs[g.Id], g.Title, g.Description, g.OwnerType.ToString().ToLowerInvariant(),
                g.OwnerType switch
                {
                    GoalOwnerType.Person => emails.GetValueOrDefault(g.OwnerPersonId!.Value),
                    GoalOwnerType.Team => teams.GetValueOrDefault(g.OwnerTeamId!.Value),
                    GoalOwnerType.Department => departments.GetValueOrDefault(g.OwnerDepartmentId!.Value),
                    _ => null,
                },
                g.Period?.Name, g.Commitment.ToString().ToLowerInvariant(), g.Visibility.ToString().ToLowerInvariant(),
                g.ParentGoalId is { } p ? refs.GetValueOrDefault(p) : null, GoalCsv.Number(g.Weight),
            ];
            if (g.KeyResults.Count == 0) return [[.. goal, null, null, null, null, null, null]];
            return g.KeyResults.OrderBy(k => k.Position).Select(k => (string?[])[.. goal, k.Title, k.Kind.ToString().ToLowerInvariant(),
                GoalCsv.Number(k.Start), GoalCsv.Number(k.Target), k.Unit, GoalCsv.Number(k.Weight)]);
        }

        audit.Add(AuditActions.GoalsExported, detail: $"{goals.Count} goals");
        await db.SaveChangesAsync(ct);
        await adminReads.RecordAsync("private goals (export)",
            goals.Where(g => g.Visibility == GoalVisibility.Private).Select(g => g.OwnerPersonId), ct);
        return CsvTable.Write(GoalCsv.Columns, goals.SelectMany(Rows));
    }

    private async Task<GoalSnapshot> SnapshotAsync(CancellationToken ct)
    {
        var goals = await db.Goals.AsNoTracking().Include(g => g.KeyResults).ToListAsync(ct);
        return new GoalSnapshot(
            [.. goals.Select(g => new ExistingGoal(g.Id, g.ImportRef, g.Title, g.Description, g.OwnerType, g.OwnerPersonId ?? g.OwnerTeamId ?? g.OwnerDepartmentId,
                g.PeriodId, g.Commitment, g.Visibility, g.ParentGoalId, g.Weight,
                [.. g.KeyResults.Select(k => new ExistingKeyResult(k.Id, k.Title, k.Kind, k.Start, k.Target, k.Unit, k.Weight))]))],
            await db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Left).ToDictionaryAsync(p => p.Email, p => p.Id, StringComparer.Ordinal, ct),
            await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase, ct),
            await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Name, d => d.Id, StringComparer.OrdinalIgnoreCase, ct),
            await db.GoalPeriods.AsNoTracking().ToDictionaryAsync(p => p.Name, p => (p.Id, p.ClosedAt != null), StringComparer.OrdinalIgnoreCase, ct));
    }

    private async Task ApplyAsync(GoalImportPlan plan, CancellationToken ct)
    {
        var quarters = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in plan.NewQuarters)
        {
            var year = int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture);
            var start = new DateOnly(year, (name[^1] - '1') * 3 + 1, 1);
            var period = new GoalPeriod { Id = Ids.New(time), Name = name, Start = start, End = start.AddMonths(3).AddDays(-1) };
            db.GoalPeriods.Add(period);
            quarters[name] = period.Id;
        }

        // Ids first, so parents inside the file resolve to the goals it creates.
        var ids = plan.Changes.ToDictionary(c => "ref:" + c.Ref, c => c.Existing?.Id ?? Ids.New(time), StringComparer.Ordinal);
        var refs = await db.Goals.Where(g => g.ImportRef != null).ToDictionaryAsync(g => g.ImportRef!, g => g.Id, StringComparer.Ordinal, ct);
        Guid? Resolve(string? key) => key switch
        {
            null => null,
            _ when ids.TryGetValue(key, out var id) => id,
            _ when key.StartsWith("ref:", StringComparison.Ordinal) => refs[key[4..]],
            _ => Guid.Parse(key),
        };
        var existingIds = plan.Changes.Where(c => c.Existing is not null).Select(c => c.Existing!.Id).ToList();
        var tracked = await db.Goals.Include(g => g.KeyResults).Where(g => existingIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);

        foreach (var change in plan.Changes)
        {
            var input = change.Goal;
            var goal = change.Existing is { } e ? tracked[e.Id] : db.Goals.Add(new Goal
            {
                Id = ids["ref:" + change.Ref], Title = input.Title, ImportRef = change.Ref, CreatedById = me.PersonId,
            }).Entity;
            goal.Title = input.Title.Trim();
            goal.Description = Text.Clean(input.Description);
            goal.OwnerType = input.OwnerType;
            goal.OwnerPersonId = input.OwnerPersonId;
            goal.OwnerTeamId = input.OwnerTeamId;
            goal.OwnerDepartmentId = input.OwnerDepartmentId;
            goal.PeriodId = input.PeriodId ?? (change.PeriodName is { } name && quarters.TryGetValue(name, out var quarter) ? quarter : null);
            goal.Commitment = input.Commitment;
            goal.Visibility = input.Visibility;
            goal.Weight = input.Weight;
            goal.ParentGoalId = Resolve(change.ParentKey);
            var position = goal.KeyResults.Count;
            foreach (var kr in change.KeyResults)
            {
                var current = goal.KeyResults.FirstOrDefault(k => string.Equals(k.Title, kr.Title, StringComparison.OrdinalIgnoreCase));
                if (current is null)
                {
                    current = new KeyResult { Id = Ids.New(time), GoalId = goal.Id, Title = kr.Title, Kind = kr.Kind, Position = position++, Current = kr.Start };
                    goal.KeyResults.Add(current);
                    if (change.Existing is not null) db.KeyResults.Add(current);
                }
                current.Kind = kr.Kind;
                current.Start = kr.Kind == KeyResultKind.Metric ? kr.Start : null;
                current.Target = kr.Kind == KeyResultKind.Metric ? kr.Target : null;
                current.Unit = Text.Clean(kr.Unit);
                current.Weight = kr.Weight;
                current.Progress = GoalMath.KeyResultProgress(current.Kind, current.Start, current.Target, current.Current, current.Done);
            }
        }
        audit.Add(AuditActions.GoalsImported, detail: $"{plan.Changes.Count(c => c.Existing is null)} created, {plan.Changes.Count(c => c.Existing is not null)} updated");
        await db.SaveChangesAsync(ct);
        foreach (var id in ids.Values) await rollups.RecomputeFromAsync(id, ct);
    }

    private static GoalImportReport Rejected(IReadOnlyList<ImportRowError> errors, int goals, bool dryRun, IReadOnlyList<string> notes) =>
        new(false, dryRun, goals, 0, 0, 0, [.. errors.OrderBy(e => e.Row)], notes);
}

/// <summary>What a goal import did, or every reason it did nothing.</summary>
public sealed record GoalImportReport(bool Applied, bool DryRun, int Goals, int Created, int Updated, int Unchanged,
    IReadOnlyList<ImportRowError> Errors, IReadOnlyList<string> Notes);
