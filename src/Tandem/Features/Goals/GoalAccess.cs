using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Goals;

/// <summary>
/// Who may read and change goals (the visibility table of docs/security.md), composed from <see cref="Reach"/>.
/// Public goals: everyone in the organisation. Private goals (a person's only): the owner, the people who may read
/// the owner as a manager, and HR admins. Changes to a person's goal (its text, visibility, key results, check-ins,
/// deletion): the owner alone; the direct manager writes new goals for a report, comments, proposes changes and
/// approves. Team and department goals: HR admins and the managers who lead them (a direct report in it); company
/// goals: HR admins.
/// </summary>
public sealed class GoalAccess(TandemDb db, Reach reach)
{
    /// <summary>The signed-in person.</summary>
    public Guid PersonId => reach.Me;

    /// <summary>The goals of <paramref name="goals"/> the signed-in person may read, as a composable query.</summary>
    public IQueryable<Goal> Readable(IQueryable<Goal> goals) => reach.IsHrAdmin ? goals : ThroughTheReportingLine(goals);

    /// <summary>
    /// The goals readable without an HR admin's audited right: public ones, one's own, and those of one's reports. What
    /// the search box suggests while typing, so that nobody's private goal pops up (and is audited) on a keystroke.
    /// </summary>
    public IQueryable<Goal> ThroughTheReportingLine(IQueryable<Goal> goals) =>
        goals.Where(Rule.Or<Goal>(g => g.Visibility == GoalVisibility.Public, reach.MeOrReadableAsManager<Goal>(g => g.OwnerPersonId)));

    /// <summary>The goals the signed-in person may not read (only ever counted).</summary>
    public IQueryable<Goal> Unreadable(IQueryable<Goal> goals)
    {
        var readable = Readable(goals).Select(g => g.Id);
        return goals.Where(g => !readable.Contains(g.Id));
    }

    public Task<bool> CanReadAsync(Guid goalId, CancellationToken ct) => Readable(db.Goals.Where(g => g.Id == goalId)).AnyAsync(ct);

    /// <summary>May the signed-in person write a new goal with this owner?</summary>
    public async Task<bool> CanCreateAsync(GoalOwnerType type, Guid? personId, Guid? teamId, Guid? departmentId, CancellationToken ct) =>
        type == GoalOwnerType.Person
            ? reach.IsMe(personId) || (personId is { } p && await reach.IsDirectManagerOfAsync(p, ct))
            : await CanManageGroupAsync(type, teamId, departmentId, ct);

    /// <summary>May the signed-in person change this goal: its text, visibility, key results and check-ins, or delete it?</summary>
    public async Task<bool> CanEditAsync(Goal goal, CancellationToken ct) =>
        goal.OwnerType == GoalOwnerType.Person
            ? reach.IsMe(goal.OwnerPersonId)
            : await CanManageGroupAsync(goal.OwnerType, goal.OwnerTeamId, goal.OwnerDepartmentId, ct);

    /// <summary>Team, department and company goals: HR admins; a team's or department's also the managers who lead it.</summary>
    public async Task<bool> CanManageGroupAsync(GoalOwnerType type, Guid? teamId, Guid? departmentId, CancellationToken ct) =>
        reach.IsHrAdmin || type switch
        {
            GoalOwnerType.Team => teamId is { } t && await reach.LeadsTeamAsync(t, ct),
            GoalOwnerType.Department => departmentId is { } d && await reach.LeadsDepartmentAsync(d, ct),
            _ => false,
        };

    /// <summary>Approving an individual goal: the owner's direct manager, or an HR admin; never one's own.</summary>
    public async Task<bool> CanApproveAsync(Goal goal, CancellationToken ct) =>
        goal.OwnerType == GoalOwnerType.Person && goal.OwnerPersonId is { } owner && !reach.IsMe(owner)
        && (reach.IsHrAdmin || await reach.IsDirectManagerOfAsync(owner, ct));

    /// <summary>Proposing changes: the people who may read the owner as a manager.</summary>
    public async Task<bool> CanProposeAsync(Goal goal, CancellationToken ct) =>
        goal.OwnerType == GoalOwnerType.Person && goal.OwnerPersonId is { } owner && await reach.CanReadAsManagerAsync(owner, ct);
}
