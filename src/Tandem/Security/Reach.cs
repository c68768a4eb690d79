using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Tandem.Data;
using Tandem.Features.People;

namespace Tandem.Security;

/// <summary>
/// The relations every feature's access rules are made of, and the only place that reads the reporting line for
/// rights (docs/security.md): me; my direct reports (<see cref="Person.ManagerId"/>, the edge of the tree); the people
/// I may read as a manager (my direct reports, and everyone below me when the organisation lets the chain read, from
/// the closure <see cref="ReportingLine"/> kept in step with the edges); HR admin; org admin. Each relation comes
/// as a composable expression for lists and as a single check for one row; both say the same thing (tested).
/// Rights never come from a global flag, and never reach across organisations: the tenant filter applies first.
/// </summary>
public sealed class Reach(TandemDb db, CurrentUser me)
{
    /// <summary>The signed-in person.</summary>
    public Guid Me => me.PersonId;
    public bool IsHrAdmin => me.IsHrAdmin;
    public bool IsOrgAdmin => me.IsOrgAdmin;
    /// <summary>The organisation's setting: the managers above the direct one read what it reads.</summary>
    public bool ChainCanRead => me.ManagerChainCanRead;

    public bool IsMe(Guid? personId) => personId == me.PersonId;

    /// <summary>My direct reports who have not left, for lists ("my team").</summary>
    public IQueryable<Person> DirectReports()
    {
        var meId = me.PersonId;
        return db.People.Where(p => p.ManagerId == meId && p.Status != PersonStatus.Left);
    }

    /// <summary>Rows whose <paramref name="person"/> has me as their direct manager.</summary>
    public Expression<Func<T, bool>> DirectlyManaged<T>(Expression<Func<T, Guid?>> person)
    {
        var meId = me.PersonId;
        return Compose(person, id => db.People.Any(p => p.Id == id && p.ManagerId == meId));
    }

    /// <summary>
    /// Rows whose <paramref name="person"/> I may read as a manager: I am their direct manager, or above them and the
    /// organisation lets the chain read. Never myself.
    /// </summary>
    public Expression<Func<T, bool>> ReadableAsManager<T>(Expression<Func<T, Guid?>> person)
    {
        var meId = me.PersonId;
        var chain = me.ManagerChainCanRead;
        return Compose(person, id => db.ReportingLines.Any(r => r.AncestorId == meId && r.DescendantId == id && r.Depth > 0 && (chain || r.Depth == 1)));
    }

    /// <summary>Rows whose <paramref name="person"/> is me, or someone I may read as a manager.</summary>
    public Expression<Func<T, bool>> MeOrReadableAsManager<T>(Expression<Func<T, Guid?>> person)
    {
        var meId = me.PersonId;
        var chain = me.ManagerChainCanRead;
        return Compose(person, id => id == meId
            || db.ReportingLines.Any(r => r.AncestorId == meId && r.DescendantId == id && r.Depth > 0 && (chain || r.Depth == 1)));
    }

    /// <summary>Everyone below these managers in the reporting line: who a population such as "a manager's tree" takes in. Grants no rights.</summary>
    public IQueryable<Guid> Below(IReadOnlyCollection<Guid> managers) =>
        db.ReportingLines.Where(r => managers.Contains(r.AncestorId) && r.Depth > 0).Select(r => r.DescendantId);

    public Task<bool> IsDirectManagerOfAsync(Guid personId, CancellationToken ct) =>
        db.People.Where(p => p.Id == personId).AnyAsync(DirectlyManaged<Person>(p => p.Id), ct);

    public Task<bool> CanReadAsManagerAsync(Guid personId, CancellationToken ct) =>
        db.People.Where(p => p.Id == personId).AnyAsync(ReadableAsManager<Person>(p => p.Id), ct);

    /// <summary>Me, someone I may read as a manager, or — for HR admins — anyone in the organisation (not any id at all).</summary>
    public async Task<bool> CanReadPersonalAsync(Guid personId, CancellationToken ct) =>
        IsMe(personId) || (me.IsHrAdmin ? await db.People.AnyAsync(p => p.Id == personId, ct) : await CanReadAsManagerAsync(personId, ct));

    /// <summary>I lead a team when one of my direct reports is in it.</summary>
    public Task<bool> LeadsTeamAsync(Guid teamId, CancellationToken ct) => DirectReports().AnyAsync(p => p.TeamId == teamId, ct);

    /// <summary>I lead a department when one of my direct reports is in it.</summary>
    public Task<bool> LeadsDepartmentAsync(Guid departmentId, CancellationToken ct) => DirectReports().AnyAsync(p => p.DepartmentId == departmentId, ct);

    // person => test(person(x)), spliced into one expression tree so that EF Core translates it inside the caller's query.
    private static Expression<Func<T, bool>> Compose<T>(Expression<Func<T, Guid?>> person, Expression<Func<Guid?, bool>> test) =>
        Expression.Lambda<Func<T, bool>>(
            ReplacingExpressionVisitor.Replace(test.Parameters[0], person.Body, test.Body), person.Parameters);
}
