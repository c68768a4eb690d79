using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>
/// Changes to a person that need an org admin, for the form, the API and the CSV import alike. Reporting lines carry
/// rights (a manager, and where the organisation allows it the managers above, reads what is shared with the
/// manager), and admins' records carry the keys to the organisation. So an HR admin who is not an org admin may not
/// put themselves into anyone's manager chain (as the manager, or above the manager) where they weren't before, nor
/// change the manager or email of someone who holds HR admin or org admin (their roles are org admins' already).
/// </summary>
public static class PersonChanges
{
    public const string EntersChainMessage =
        "Only an org admin can make you someone's manager, or the manager of their manager: that would let you read what is shared with their manager.";
    public const string AdminManagerMessage = "This person is an HR or org admin: only an org admin can change their manager.";
    public const string AdminEmailMessage = "This person is an HR or org admin: only an org admin can change their email.";

    /// <summary>The first rule the change breaks, as the field it belongs to and why; null when it may be made.</summary>
    /// <param name="entersChain">Whether the acting person would newly be this person's manager or above them.</param>
    public static (string Field, string Message)? Refusal(CurrentUser me, OrgRoles personRoles, bool managerChanged, bool emailChanged, bool entersChain)
    {
        if (me.IsOrgAdmin) return null;
        if (entersChain) return (nameof(PersonInput.ManagerId), EntersChainMessage);
        if (personRoles != OrgRoles.None && managerChanged) return (nameof(PersonInput.ManagerId), AdminManagerMessage);
        if (personRoles != OrgRoles.None && emailChanged) return (nameof(PersonInput.Email), AdminEmailMessage);
        return null;
    }

    /// <summary>The import's rows that break these rules, checked on the organisation as the plan would leave it.</summary>
    public static List<ImportRowError> CheckImport(OrgImportPlan plan, OrgSnapshot org, CurrentUser me)
    {
        var errors = new List<ImportRowError>();
        if (me.IsOrgAdmin) return errors;
        // Managers by the plan's keys (an existing person's id, "new:email" for a new one), before and after.
        var before = org.People.ToDictionary(p => p.Id.ToString(), p => p.ManagerId?.ToString(), StringComparer.Ordinal);
        var after = new Dictionary<string, string?>(before, StringComparer.Ordinal);
        foreach (var change in plan.Changes) after[change.Key] = change.Target.ManagerKey;
        var actor = me.PersonId.ToString();
        foreach (var change in plan.Changes)
        {
            var existing = change.Existing;
            var entersChain = change.Key != actor && AtOrAbove(actor, change.Target.ManagerKey, after)
                              && (existing is null || !AtOrAbove(actor, before[change.Key], before));
            var emailChanged = existing is not null && existing.Email != change.Target.Email;
            var managerChanged = existing is not null && change.ManagerChanged;
            if (Refusal(me, existing?.Roles ?? OrgRoles.None, managerChanged, emailChanged, entersChain) is { } refusal)
                errors.Add(new ImportRowError(change.Row, refusal.Field == nameof(PersonInput.Email) ? OrgCsv.Email : OrgCsv.ManagerEmail, refusal.Message));
        }
        return errors;
    }

    // Whether actor is managerKey or above them, following the map up; the plan has refused loops already.
    private static bool AtOrAbove(string actor, string? managerKey, Dictionary<string, string?> managers)
    {
        for (var (key, steps) = (managerKey, 0); key is not null && steps <= ReportingLines.MaxDepth + 1; key = managers.GetValueOrDefault(key), steps++)
        {
            if (key == actor) return true;
        }
        return false;
    }

    /// <summary>A person's audited fields at one moment.</summary>
    public sealed record Fields(string Name, string Email, string? EmployeeNumber, string? Title, Guid? DepartmentId, Guid? TeamId,
        Guid? ManagerId, string? Location, string TimeZone, DateOnly? StartDate, PersonStatus Status)
    {
        public static Fields Of(Person p) =>
            new(p.Name, p.Email, p.EmployeeNumber, p.Title, p.DepartmentId, p.TeamId, p.ManagerId, p.Location, p.TimeZone, p.StartDate, p.Status);
    }

    /// <summary>
    /// "field: old → new" for each field that changed, departments, teams and managers by name, e.g.
    /// "manager: Max Manager → Olga Othermanager; title: (none) → Lead". The audit log's detail for an update.
    /// </summary>
    public static async Task<string> DescribeAsync(TandemDb db, Fields before, Fields after, CancellationToken ct)
    {
        var ids = new[] { before.DepartmentId, after.DepartmentId, before.TeamId, after.TeamId, before.ManagerId, after.ManagerId }
            .OfType<Guid>().Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        if (ids.Count > 0)
        {
            foreach (var d in await db.Departments.Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Name }).ToListAsync(ct)) names[d.Id] = d.Name;
            foreach (var t in await db.Teams.Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct)) names[t.Id] = t.Name;
            foreach (var p in await db.People.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(ct)) names[p.Id] = p.Name;
        }
        string? Named(Guid? id) => id is { } i ? names.GetValueOrDefault(i, i.ToString()) : null;

        var changes = new List<string>();
        void Compare(string field, string? old, string? now)
        {
            if (!string.Equals(old, now, StringComparison.Ordinal)) changes.Add($"{field}: {old ?? "(none)"} → {now ?? "(none)"}");
        }
        Compare("name", before.Name, after.Name);
        Compare("email", before.Email, after.Email);
        Compare("employee number", before.EmployeeNumber, after.EmployeeNumber);
        Compare("title", before.Title, after.Title);
        Compare("department", Named(before.DepartmentId), Named(after.DepartmentId));
        Compare("team", Named(before.TeamId), Named(after.TeamId));
        Compare("manager", Named(before.ManagerId), Named(after.ManagerId));
        Compare("location", before.Location, after.Location);
        Compare("time zone", before.TimeZone, after.TimeZone);
        Compare("start date", before.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), after.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Compare("status", before.Status.ToString(), after.Status.ToString());
        return changes.Count == 0 ? "no changes" : string.Join("; ", changes);
    }
}
