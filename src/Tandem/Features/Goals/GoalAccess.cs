using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Goals;

/// <summary>
/// Who may read and change goals (PRODUCT.md visibility table). Public goals: everyone in the organisation.
/// Private goals (individual only): the owner, the owner's manager chain (the direct manager always, those
/// above when the organisation allows) and HR admins. Changes: a person's goals by the person and their direct
/// manager; team and department goals by HR admins and the managers who lead them (a direct report in it);
/// company goals by HR admins.
/// </summary>
public sealed class GoalAccess(TandemDb db, CurrentUser me)
{
    /// <summary>The signed-in person.</summary>
    public Guid PersonId => me.PersonId;

    /// <summary>The goals of <paramref name="goals"/> the signed-in person may read, as a composable query.</summary>
    public IQueryable<Goal> Readable(IQueryable<Goal> goals)
    {
        if (me.IsHrAdmin) return goals;
        var meId = me.PersonId;
        var chain = me.ManagerChainCanRead;
        return goals.Where(g => g.Visibility == GoalVisibility.Public || g.OwnerPersonId == meId
            || db.ReportingLines.Any(r => r.AncestorId == meId && r.DescendantId == g.OwnerPersonId && r.Depth > 0 && (chain || r.Depth == 1)));
    }

    /// <summary>The goals the signed-in person may not read (only ever counted).</summary>
    public IQueryable<Goal> Unreadable(IQueryable<Goal> goals)
    {
        var readable = Readable(goals).Select(g => g.Id);
        return goals.Where(g => !readable.Contains(g.Id));
    }

    public Task<bool> CanReadAsync(Guid goalId, CancellationToken ct) => Readable(db.Goals.Where(g => g.Id == goalId)).AnyAsync(ct);

    /// <summary>May the signed-in person create or change goals with this owner?</summary>
    public async Task<bool> CanManageAsync(GoalOwnerType type, Guid? personId, Guid? teamId, Guid? departmentId, CancellationToken ct)
    {
        var meId = me.PersonId;
        return type switch
        {
            GoalOwnerType.Person => personId == meId
                || (personId is { } p && await db.People.AnyAsync(x => x.Id == p && x.ManagerId == meId, ct)),
            GoalOwnerType.Team => me.IsHrAdmin
                || (teamId is { } t && await db.People.AnyAsync(x => x.TeamId == t && x.ManagerId == meId && x.Status != PersonStatus.Left, ct)),
            GoalOwnerType.Department => me.IsHrAdmin
                || (departmentId is { } d && await db.People.AnyAsync(x => x.DepartmentId == d && x.ManagerId == meId && x.Status != PersonStatus.Left, ct)),
            _ => me.IsHrAdmin,
        };
    }

    public Task<bool> CanEditAsync(Goal goal, CancellationToken ct) =>
        CanManageAsync(goal.OwnerType, goal.OwnerPersonId, goal.OwnerTeamId, goal.OwnerDepartmentId, ct);

    /// <summary>Approving an individual goal: the owner's direct manager, or an HR admin.</summary>
    public async Task<bool> CanApproveAsync(Goal goal, CancellationToken ct) =>
        goal.OwnerType == GoalOwnerType.Person && goal.OwnerPersonId != me.PersonId
        && (me.IsHrAdmin || (goal.OwnerPersonId is { } owner && await db.People.AnyAsync(p => p.Id == owner && p.ManagerId == me.PersonId, ct)));

    /// <summary>Proposing changes: anyone in the owner's manager chain who may read the goal.</summary>
    public async Task<bool> CanProposeAsync(Goal goal, CancellationToken ct) =>
        goal.OwnerType == GoalOwnerType.Person && goal.OwnerPersonId is { } owner && owner != me.PersonId
        && await db.ReportingLines.AnyAsync(r => r.AncestorId == me.PersonId && r.DescendantId == owner && r.Depth > 0, ct);
}
