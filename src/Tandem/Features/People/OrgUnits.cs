using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>Departments and teams: everyone reads them, HR admins add and rename them.</summary>
public sealed class OrgUnits(TandemDb db, CurrentUser current, TimeProvider time)
{
    public Task<List<DepartmentInfo>> DepartmentsAsync(CancellationToken ct) =>
        db.Departments.AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new DepartmentInfo(d.Id, d.Name,
                db.People.Count(p => p.DepartmentId == d.Id && p.Status != PersonStatus.Left)))
            .ToListAsync(ct);

    /// <summary>Departments by name, for filters and choices: nobody is counted.</summary>
    public Task<List<UnitRef>> DepartmentNamesAsync(CancellationToken ct) =>
        db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new UnitRef(d.Id, d.Name)).ToListAsync(ct);

    /// <summary>Teams by name, for filters and choices: nobody is counted.</summary>
    public Task<List<UnitRef>> TeamNamesAsync(CancellationToken ct) =>
        db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new UnitRef(t.Id, t.Name)).ToListAsync(ct);

    /// <summary>Departments and teams whose name contains <paramref name="text"/>, by name (few enough in an organisation to scan).</summary>
    public async Task<(List<UnitRef> Departments, List<UnitRef> Teams)> FindAsync(string text, int limit, CancellationToken ct)
    {
        var term = text.Trim().ToLowerInvariant();
        var departments = await db.Departments.AsNoTracking().Where(d => d.Name.ToLower().Contains(term)).OrderBy(d => d.Name).Take(limit)
            .Select(d => new UnitRef(d.Id, d.Name)).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => t.Name.ToLower().Contains(term)).OrderBy(t => t.Name).Take(limit)
            .Select(t => new UnitRef(t.Id, t.Name)).ToListAsync(ct);
        return (departments, teams);
    }

    public Task<List<TeamInfo>> TeamsAsync(CancellationToken ct) =>
        db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TeamInfo(t.Id, t.Name, t.DepartmentId, t.Department == null ? null : t.Department.Name,
                db.People.Count(p => p.TeamId == t.Id && p.Status != PersonStatus.Left)))
            .ToListAsync(ct);

    public async Task<Outcome<DepartmentInfo>> SaveDepartmentAsync(Guid? id, OrgUnitInput input, CancellationToken ct)
    {
        if (!PeopleAccess.CanManagePeople(current)) return Failure.Forbidden("Only HR admins change departments.");
        if (await CheckNameAsync(input.Name, db.Departments.Where(d => d.Id != id).Select(d => d.Name), ct) is { } failure)
            return failure;
        Department? department;
        if (id is null)
        {
            department = new Department { Id = Ids.New(time), Name = input.Name.Trim() };
            db.Departments.Add(department);
        }
        else
        {
            department = await db.Departments.SingleOrDefaultAsync(d => d.Id == id, ct);
            if (department is null) return Failure.NotFound("No such department.");
            department.Name = input.Name.Trim();
        }
        await db.SaveChangesAsync(ct);
        return (await DepartmentsAsync(ct)).Single(d => d.Id == department.Id);
    }

    public async Task<Outcome<TeamInfo>> SaveTeamAsync(Guid? id, OrgUnitInput input, CancellationToken ct)
    {
        if (!PeopleAccess.CanManagePeople(current)) return Failure.Forbidden("Only HR admins change teams.");
        if (await CheckNameAsync(input.Name, db.Teams.Where(t => t.Id != id).Select(t => t.Name), ct) is { } failure)
            return failure;
        if (input.DepartmentId is { } departmentId && !await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
            return Failure.Invalid(nameof(OrgUnitInput.DepartmentId), "Choose a department of this organisation.");
        Team? team;
        if (id is null)
        {
            team = new Team { Id = Ids.New(time), Name = input.Name.Trim() };
            db.Teams.Add(team);
        }
        else
        {
            team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct);
            if (team is null) return Failure.NotFound("No such team.");
            team.Name = input.Name.Trim();
        }
        team.DepartmentId = input.DepartmentId;
        await db.SaveChangesAsync(ct);
        return (await TeamsAsync(ct)).Single(t => t.Id == team.Id);
    }

    private static async Task<Failure?> CheckNameAsync(string? name, IQueryable<string> otherNames, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(OrgUnitInput.Name), name, "Name", PersonRules.TextMax);
        if (errors.Any) return errors.ToFailure();
        var trimmed = name!.Trim();
        return await otherNames.AnyAsync(n => n == trimmed, ct)
            ? Failure.Invalid(nameof(OrgUnitInput.Name), "This name is already in use.")
            : null;
    }
}

/// <summary>A department with its head count.</summary>
public sealed record DepartmentInfo(Guid Id, string Name, int People);

/// <summary>A department or team by name.</summary>
public sealed record UnitRef(Guid Id, string Name);

/// <summary>A team with its department and head count.</summary>
public sealed record TeamInfo(Guid Id, string Name, Guid? DepartmentId, string? Department, int People);

/// <summary>A department's or team's name, and for a team its department.</summary>
public sealed record OrgUnitInput(string Name, Guid? DepartmentId = null);
