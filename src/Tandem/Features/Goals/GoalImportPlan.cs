using System.Text.RegularExpressions;
using Tandem.Data;

namespace Tandem.Features.Goals;

/// <summary>
/// Checks a parsed goals file against the organisation and lists the changes; pure, so every rule is
/// unit-tested. Goals in the plan are keyed "ref:…" (from the file) or by existing id.
/// </summary>
public sealed partial class GoalImportPlan
{
    public List<ImportRowError> Errors { get; } = [];
    public List<GoalChange> Changes { get; } = [];
    /// <summary>Quarters ("2027 Q1") named in the file that don't exist yet; the import creates them.</summary>
    public List<string> NewQuarters { get; } = [];
    public int Unchanged { get; private set; }

    public static GoalImportPlan Build(CsvTable.ParsedFile file, GoalSnapshot org)
    {
        var plan = new GoalImportPlan();
        var byRef = org.Goals.Where(g => g.ImportRef is not null).ToDictionary(g => g.ImportRef!, StringComparer.Ordinal);
        var byId = org.Goals.ToDictionary(g => g.Id);
        var groups = file.Rows.GroupBy(r => r[GoalCsv.Ref] ?? "").ToList();
        foreach (var row in file.Rows.Where(r => r[GoalCsv.Ref] is null)) plan.Error(row, GoalCsv.Ref, "Every row needs a goal_ref.");

        var drafts = new List<(GoalChange Change, string? ParentRef)>();
        foreach (var group in groups.Where(g => g.Key.Length > 0))
        {
            var rows = group.ToList();
            var first = rows[0];
            if (group.Key.Length > 100) plan.Error(first, GoalCsv.Ref, "A goal_ref has at most 100 characters.");
            foreach (var row in rows.Skip(1))
            {
                foreach (var column in GoalCsv.GoalColumns.Where(c => row[c] is not null && row[c] != first[c]))
                    plan.Error(row, column, $"This differs from row {first.Number}, where goal {group.Key} is described. Leave it empty or repeat it.");
            }
            var draft = plan.ReadGoal(first, org);
            if (draft is null) continue;
            var keyResults = new List<KeyResultInput>();
            foreach (var row in rows.Where(r => r[GoalCsv.KrTitle] is not null))
            {
                if (plan.ReadKeyResult(row) is not { } kr) continue;
                if (keyResults.Any(k => string.Equals(k.Title, kr.Title, StringComparison.OrdinalIgnoreCase)))
                    plan.Error(row, GoalCsv.KrTitle, $"Goal {group.Key} already has a key result called “{kr.Title}”.");
                else keyResults.Add(kr);
            }
            if (keyResults.Count > GoalRules.KeyResultsMax)
                plan.Error(first, GoalCsv.KrTitle, $"A goal has at most {GoalRules.KeyResultsMax} key results.");
            var existing = byRef.GetValueOrDefault(group.Key);
            drafts.Add((new GoalChange(group.Key, first.Number, existing, draft.Value.Goal, null, draft.Value.Period, keyResults), first[GoalCsv.ParentRef]));
        }

        // Parents: another goal of the file, an existing goal's reference, or an existing goal's id.
        var fileRefs = drafts.Select(d => d.Change.Ref).ToHashSet(StringComparer.Ordinal);
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (change, parentRef) in drafts)
        {
            string? key = null;
            if (parentRef is not null)
            {
                if (fileRefs.Contains(parentRef)) key = "ref:" + parentRef;
                else if (byRef.TryGetValue(parentRef, out var known)) key = known.Id.ToString();
                else if (Guid.TryParse(parentRef, out var id) && byId.ContainsKey(id)) key = id.ToString();
                else plan.Error(change.Row, GoalCsv.ParentRef, $"No goal {parentRef} in this file or in Tandem.");
                if (parentRef == change.Ref) plan.Error(change.Row, GoalCsv.ParentRef, "A goal cannot align to itself.");
            }
            parents["ref:" + change.Ref] = key;
        }
        plan.CheckCycles(drafts.Select(d => d.Change).ToList(), parents, byId);
        if (plan.Errors.Count > 0) return plan;

        foreach (var (change, _) in drafts)
        {
            var withParent = change with { ParentKey = parents["ref:" + change.Ref] };
            if (withParent.Existing is { } e && Same(e, withParent, org)) { plan.Unchanged++; continue; }
            plan.Changes.Add(withParent);
        }
        return plan;
    }

    private (GoalInput Goal, string? Period)? ReadGoal(CsvTable.Row row, GoalSnapshot org)
    {
        var errorsBefore = Errors.Count;
        var title = row[GoalCsv.Title] ?? "";
        if (title.Length == 0) Error(row, GoalCsv.Title, "Every goal needs a title.");
        else if (title.Length > GoalRules.TitleMax) Error(row, GoalCsv.Title, $"Use at most {GoalRules.TitleMax} characters.");
        if (row[GoalCsv.Description] is { Length: > GoalRules.DescriptionMax }) Error(row, GoalCsv.Description, "That description is too long.");

        var type = (row[GoalCsv.OwnerType] ?? "person").ToLowerInvariant() switch
        {
            "person" => GoalOwnerType.Person,
            "team" => GoalOwnerType.Team,
            "department" => GoalOwnerType.Department,
            "company" => GoalOwnerType.Company,
            _ => (GoalOwnerType?)null,
        };
        if (type is null) Error(row, GoalCsv.OwnerType, "Use person, team, department or company.");
        var owner = row[GoalCsv.Owner];
        Guid? ownerId = null;
        switch (type)
        {
            case GoalOwnerType.Person:
                if (owner is null || !org.PeopleByEmail.TryGetValue(owner.ToLowerInvariant(), out var person))
                    Error(row, GoalCsv.Owner, $"No active person with the email {owner ?? "(empty)"}.");
                else ownerId = person;
                break;
            case GoalOwnerType.Team:
                if (owner is null || !org.Teams.TryGetValue(owner, out var team)) Error(row, GoalCsv.Owner, $"No team called {owner ?? "(empty)"}.");
                else ownerId = team;
                break;
            case GoalOwnerType.Department:
                if (owner is null || !org.Departments.TryGetValue(owner, out var department)) Error(row, GoalCsv.Owner, $"No department called {owner ?? "(empty)"}.");
                else ownerId = department;
                break;
        }

        var periodName = row[GoalCsv.Period];
        Guid? periodId = null;
        if (periodName is not null)
        {
            if (org.Periods.TryGetValue(periodName, out var period))
            {
                if (period.Closed) Error(row, GoalCsv.Period, $"{periodName} is closed; goals can't be added to it.");
                periodId = period.Id;
            }
            else if (Quarter().IsMatch(periodName)) { if (!NewQuarters.Contains(periodName)) NewQuarters.Add(periodName); }
            else Error(row, GoalCsv.Period, $"No period called {periodName}. Use a quarter like 2027 Q1, or a period HR has added.");
        }

        var commitment = (row[GoalCsv.Commitment] ?? "committed").ToLowerInvariant() switch
        {
            "committed" => GoalCommitment.Committed,
            "stretch" => GoalCommitment.Stretch,
            _ => (GoalCommitment?)null,
        };
        if (commitment is null) Error(row, GoalCsv.Commitment, "Use committed or stretch.");
        var visibility = (row[GoalCsv.Visibility] ?? "public").ToLowerInvariant() switch
        {
            "public" => GoalVisibility.Public,
            "private" => GoalVisibility.Private,
            _ => (GoalVisibility?)null,
        };
        if (visibility is null) Error(row, GoalCsv.Visibility, "Use public or private.");
        else if (visibility == GoalVisibility.Private && type is not (GoalOwnerType.Person or null))
            Error(row, GoalCsv.Visibility, "Only a person's own goals can be private.");
        var weight = row[GoalCsv.Weight] is { } w ? GoalCsv.ParseNumber(w) : 1;
        if (weight is not > 0 || weight > GoalRules.WeightMax) Error(row, GoalCsv.Weight, $"A weight is a number above 0 and at most {GoalRules.WeightMax:0}.");

        if (Errors.Count > errorsBefore) return null;
        return (new GoalInput
        {
            Title = title,
            Description = row[GoalCsv.Description],
            OwnerType = type!.Value,
            OwnerPersonId = type == GoalOwnerType.Person ? ownerId : null,
            OwnerTeamId = type == GoalOwnerType.Team ? ownerId : null,
            OwnerDepartmentId = type == GoalOwnerType.Department ? ownerId : null,
            PeriodId = periodId,
            Commitment = commitment!.Value,
            Visibility = visibility!.Value,
            Weight = weight!.Value,
        }, periodName);
    }

    private KeyResultInput? ReadKeyResult(CsvTable.Row row)
    {
        var kind = (row[GoalCsv.KrKind] ?? "metric").ToLowerInvariant() switch
        {
            "metric" => KeyResultKind.Metric,
            "milestone" => KeyResultKind.Milestone,
            _ => (KeyResultKind?)null,
        };
        if (kind is null)
        {
            Error(row, GoalCsv.KrKind, "Use metric or milestone.");
            return null;
        }
        double? Number(string column)
        {
            if (row[column] is not { } text) return null;
            var value = GoalCsv.ParseNumber(text);
            if (value is null) Error(row, column, $"\"{text}\" is not a number; use a dot for decimals.");
            return value;
        }
        var input = new KeyResultInput
        {
            Title = row[GoalCsv.KrTitle]!, Kind = kind.Value, Start = Number(GoalCsv.KrStart), Target = Number(GoalCsv.KrTarget),
            Unit = row[GoalCsv.KrUnit], Weight = row[GoalCsv.KrWeight] is null ? 1 : Number(GoalCsv.KrWeight) ?? 1,
        };
        var errors = new Http.FieldErrors();
        GoalRules.CheckKeyResult(input, errors);
        if (!errors.Any) return input;
        var failure = errors.ToFailure();
        foreach (var (field, messages) in failure.Errors)
        {
            var column = field switch { "Target" => GoalCsv.KrTarget, "Weight" => GoalCsv.KrWeight, "Unit" => GoalCsv.KrUnit, _ => GoalCsv.KrTitle };
            foreach (var message in messages) Error(row, column, message);
        }
        return null;
    }

    // One pass: each goal is walked up once, through the file's goals and the existing ones.
    private void CheckCycles(List<GoalChange> changes, Dictionary<string, string?> fileParents, Dictionary<Guid, ExistingGoal> byId)
    {
        // The file's parent replaces an existing goal's parent when the file updates that goal.
        var updated = changes.Where(c => c.Existing is not null).ToDictionary(c => c.Existing!.Id.ToString(), c => "ref:" + c.Ref, StringComparer.Ordinal);
        string? Up(string key)
        {
            if (key.StartsWith("ref:", StringComparison.Ordinal)) return fileParents.GetValueOrDefault(key);
            if (updated.TryGetValue(key, out var fileKey)) return Up(fileKey);
            return Guid.TryParse(key, out var id) && byId.TryGetValue(id, out var goal) ? goal.ParentGoalId?.ToString() : null;
        }
        string Canonical(string key) => updated.TryGetValue(key, out var fileKey) ? fileKey : key;

        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var path = new List<string>();
            for (string? key = "ref:" + change.Ref; key is not null && path.Count < 10_000; key = Up(key))
            {
                key = Canonical(key);
                if (done.Contains(key)) break;
                var index = path.IndexOf(key);
                if (index >= 0)
                {
                    var loop = path.Skip(index).Where(k => k.StartsWith("ref:", StringComparison.Ordinal)).Select(k => k[4..]).ToList();
                    foreach (var member in changes.Where(c => loop.Contains(c.Ref)))
                        Errors.Add(new ImportRowError(member.Row, GoalCsv.ParentRef, $"The alignment goes in a circle: {string.Join(" → ", loop)} → {loop[0]}."));
                    break;
                }
                path.Add(key);
            }
            foreach (var key in path) done.Add(key);
        }
    }

    private static bool Same(ExistingGoal e, GoalChange c, GoalSnapshot org)
    {
        var g = c.Goal;
        var ownerId = g.OwnerPersonId ?? g.OwnerTeamId ?? g.OwnerDepartmentId;
        var parentId = c.ParentKey is { } key && !key.StartsWith("ref:", StringComparison.Ordinal) ? Guid.Parse(key) : (Guid?)null;
        if (c.ParentKey?.StartsWith("ref:", StringComparison.Ordinal) == true)
            parentId = org.Goals.FirstOrDefault(x => x.ImportRef == c.ParentKey[4..])?.Id;
        var same = e.Title == g.Title && e.Description == g.Description && e.OwnerType == g.OwnerType && e.OwnerId == ownerId
                   && e.PeriodId == g.PeriodId && (c.PeriodName is null || g.PeriodId is not null) && e.Commitment == g.Commitment
                   && e.Visibility == g.Visibility && e.ParentGoalId == parentId && e.Weight == g.Weight;
        return same && c.KeyResults.All(kr => e.KeyResults.Any(k => string.Equals(k.Title, kr.Title, StringComparison.OrdinalIgnoreCase)
            && k.Kind == kr.Kind && k.Start == (kr.Kind == KeyResultKind.Metric ? kr.Start : null)
            && k.Target == (kr.Kind == KeyResultKind.Metric ? kr.Target : null) && k.Unit == kr.Unit && k.Weight == kr.Weight));
    }

    private void Error(CsvTable.Row row, string column, string message) => Errors.Add(new ImportRowError(row.Number, column, message));

    private void Error(int row, string column, string message) => Errors.Add(new ImportRowError(row, column, message));

    [GeneratedRegex(@"^\d{4} Q[1-4]$", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Quarter();
}

/// <summary>A goal as the import finds it in the database.</summary>
public sealed record ExistingGoal(Guid Id, string? ImportRef, string Title, string? Description, GoalOwnerType OwnerType, Guid? OwnerId,
    Guid? PeriodId, GoalCommitment Commitment, GoalVisibility Visibility, Guid? ParentGoalId, double Weight, IReadOnlyList<ExistingKeyResult> KeyResults);

public sealed record ExistingKeyResult(Guid Id, string Title, KeyResultKind Kind, double? Start, double? Target, string? Unit, double Weight);

/// <summary>The organisation as the goal import needs it.</summary>
public sealed record GoalSnapshot(
    IReadOnlyList<ExistingGoal> Goals,
    IReadOnlyDictionary<string, Guid> PeopleByEmail,
    IReadOnlyDictionary<string, Guid> Teams,
    IReadOnlyDictionary<string, Guid> Departments,
    IReadOnlyDictionary<string, (Guid Id, bool Closed)> Periods);

/// <summary>A goal to create or update, with its key results.</summary>
public sealed record GoalChange(string Ref, int Row, ExistingGoal? Existing, GoalInput Goal, string? ParentKey, string? PeriodName,
    IReadOnlyList<KeyResultInput> KeyResults);
