using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Accounts;
using Tandem.Features.Goals;
using Tandem.Features.Organizations;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Bench;

/// <summary>
/// A deterministic large organisation for the goal benchmarks: a CEO, 20 departments, 200 teams and about
/// 25,000 people (four levels), with a goal tree of the requested size for the current quarter: 5 company
/// goals, 5 per department, 5 per team, the rest spread over people, each aligned one level up, each with two
/// key results and a check-in on each. Progress is rolled up as Tandem does. Written with bulk batches.
/// </summary>
public static class GoalData
{
    public const string Email = "bench.employee@bench.example";
    public const string ManagerEmail = "bench.manager@bench.example";
    public const string HrEmail = "bench.hr@bench.example";
    public const string Password = "benchmark-password-2026";
    private const int Departments = 20;
    private const int TeamsPerDepartment = 10;
    private const int People = 25_000;

    /// <summary>The organisation alone: a CEO, departments, teams and <paramref name="peopleCount"/> people, with accounts to sign in.</summary>
    public static async Task<BenchOrganization> OrganizationAsync(string file, int peopleCount)
    {
        if (File.Exists(file)) File.Delete(file);
        var db = DataSetup.CreateContext(DatabaseProvider.Sqlite, $"Data Source={file}");
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTimeOffset.UtcNow;
        Guid NewId() => Guid.CreateVersion7(now);

        var org = new Organization { Id = NewId(), Name = "Bench Corp", Slug = "bench", CreatedAt = now, UpdatedAt = now };
        db.TenantId = org.Id;
        db.Organizations.Add(org);
        var people = new List<Person>();
        Person AddPerson(string name, Guid? manager, Guid? department, Guid? team, string? email = null)
        {
            var p = new Person
            {
                OrganizationId = org.Id, Id = NewId(), Name = name, Email = email ?? $"p{people.Count}@bench.example",
                ManagerId = manager, DepartmentId = department, TeamId = team, Title = "Engineer", CreatedAt = now, UpdatedAt = now,
            };
            people.Add(p);
            return p;
        }
        var ceo = AddPerson("Chief Executive", null, null, null);
        var departments = new List<(Department Department, Person Head, List<(Team Team, Person Lead, List<Person> Members)> Teams)>();
        for (var d = 0; d < Departments; d++)
        {
            var department = new Department { OrganizationId = org.Id, Id = NewId(), Name = $"Department {d + 1:00}" };
            db.Departments.Add(department);
            var head = AddPerson($"Head {d + 1:00}", ceo.Id, department.Id, null);
            var teams = new List<(Team, Person, List<Person>)>();
            for (var t = 0; t < TeamsPerDepartment; t++)
            {
                var team = new Team { OrganizationId = org.Id, Id = NewId(), Name = $"Team {d + 1:00}-{t + 1:00}", DepartmentId = department.Id };
                db.Teams.Add(team);
                var lead = AddPerson($"Lead {d + 1:00}-{t + 1:00}", head.Id, department.Id, team.Id, d == 0 && t == 0 ? ManagerEmail : null);
                teams.Add((team, lead, []));
            }
            departments.Add((department, head, teams));
        }
        var allTeams = departments.SelectMany(d => d.Teams).ToList();
        for (var i = 0; people.Count < peopleCount; i++)
        {
            var (team, lead, members) = allTeams[i % allTeams.Count];
            members.Add(AddPerson($"Person {i:00000}", lead.Id, team.DepartmentId, team.Id, i == 0 ? Email : null));
        }
        // The first department's head is an HR admin, for the scenarios that need one.
        people[1].Email = HrEmail;
        people[1].Roles = OrgRoles.HrAdmin;
        await SaveAsync(db, people);
        await SaveAsync(db, ReportingLines.Compute(org.Id, people.ToDictionary(p => p.Id, p => p.ManagerId)));

        // The account the scenarios sign in with: a team member, and that team's lead.
        await AddAccountsAsync(db, [.. new[] { Email, ManagerEmail, HrEmail }.Select(e => people.Single(p => p.Email == e))], now);
        db.ChangeTracker.Clear();
        return new BenchOrganization(db, org, people, departments, now);
    }

    public static async Task<int> GenerateAsync(string file, int goalCount)
    {
        var clock = Stopwatch.StartNew();
        var bench = await OrganizationAsync(file, People);
        var (db, org, people, departments) = (bench.Db, bench.Organization, bench.People, bench.Departments);
        await using var _ = db;
        var random = new Random(2026);
        var now = bench.Now;
        Guid NewId() => Guid.CreateVersion7(now);
        var ceo = people[0];
        var allTeams = departments.SelectMany(d => d.Teams).ToList();

        var (name, start, end) = GoalPeriods.QuarterOf(DateOnly.FromDateTime(now.UtcDateTime));
        var period = new GoalPeriod { OrganizationId = org.Id, Id = NewId(), Name = name, Start = start, End = end };
        db.GoalPeriods.Add(period);
        var goals = new List<Goal>();
        Goal AddGoal(string title, GoalOwnerType type, Guid? owner, Goal? parent, Guid? team = null, Guid? department = null)
        {
            var goal = new Goal
            {
                OrganizationId = org.Id, Id = NewId(), Title = title, OwnerType = type, OwnerPersonId = owner, OwnerTeamId = team,
                OwnerDepartmentId = department, PeriodId = period.Id, ParentGoalId = parent?.Id, CreatedById = ceo.Id, CreatedAt = now, UpdatedAt = now,
            };
            for (var k = 0; k < 2; k++)
            {
                var current = random.Next(0, 101);
                goal.KeyResults.Add(new KeyResult
                {
                    OrganizationId = org.Id, Id = NewId(), GoalId = goal.Id, Title = $"Measure {k + 1}", Start = 0, Target = 100, Current = current,
                    Progress = current / 100.0, Confidence = random.Next(3, 10), Status = CheckInStatus.OnTrack, Position = k, CreatedAt = now, UpdatedAt = now,
                });
            }
            goals.Add(goal);
            return goal;
        }
        var company = Enumerable.Range(1, 5).Select(i => AddGoal($"Company goal {i}", GoalOwnerType.Company, null, null)).ToList();
        var personGoals = goalCount - 5 - Departments * 5 - allTeams.Count * 5;
        var memberCount = allTeams.Sum(t => t.Members.Count);
        var memberIndex = 0;
        foreach (var (department, _, teams) in departments)
        {
            var departmentGoals = Enumerable.Range(1, 5).Select(i => AddGoal($"{department.Name} goal {i}", GoalOwnerType.Department, null, company[i - 1], department: department.Id)).ToList();
            foreach (var (team, _, teamMembers) in teams)
            {
                var teamGoals = Enumerable.Range(1, 5).Select(i => AddGoal($"{team.Name} goal {i}", GoalOwnerType.Team, null, departmentGoals[i - 1], team: team.Id)).ToList();
                for (var m = 0; m < teamMembers.Count; m++, memberIndex++)
                {
                    var perPerson = personGoals / memberCount + (memberIndex < personGoals % memberCount ? 1 : 0);
                    for (var g = 0; g < perPerson; g++) AddGoal($"{teamMembers[m].Name} goal {g + 1}", GoalOwnerType.Person, teamMembers[m].Id, teamGoals[(m + g) % 5]);
                }
            }
        }

        // Roll up bottom-up, as GoalRollups would, so the cached progress is right from the start.
        var children = goals.Where(g => g.ParentGoalId is not null).ToLookup(g => g.ParentGoalId!.Value);
        double Rollup(Goal goal) => goal.Progress = GoalMath.Rollup(
            goal.KeyResults.Select(k => (k.Weight, k.Progress)).Concat(children[goal.Id].Select(c => (c.Weight, Rollup(c)))), goal.Status);
        foreach (var root in company) Rollup(root);

        // Key results are written in their own batches, not as part of each goal's graph.
        var personGoalIds = goals.Where(g => g.OwnerType == GoalOwnerType.Person).Select(g => g.Id).ToHashSet();
        var keyResults = goals.SelectMany(g => g.KeyResults).ToList();
        foreach (var goal in goals) goal.KeyResults = [];
        await SaveAsync(db, goals);
        await SaveAsync(db, keyResults);
        await SaveAsync(db, keyResults.Where(k => personGoalIds.Contains(k.GoalId)).Select(k => new KeyResultUpdate
        {
            OrganizationId = org.Id, Id = NewId(), GoalId = k.GoalId, KeyResultId = k.Id, Value = k.Current, Progress = k.Progress,
            Status = CheckInStatus.OnTrack, Confidence = k.Confidence ?? 5, AuthorId = ceo.Id, At = now.AddDays(-7),
        }));
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA optimize;");

        var rows = people.Count + goals.Count + keyResults.Count * 2 + await db.ReportingLines.CountAsync();
        Console.WriteLine($"Generated {people.Count:N0} people, {goals.Count:N0} goals, {keyResults.Count:N0} key results in {clock.Elapsed.TotalSeconds:0.0} s (~{rows:N0} rows) into {file}.");
        return 0;
    }

    /// <summary>Accounts for these people, with the bench password, so the scenarios can sign in.</summary>
    internal static async Task AddAccountsAsync(TandemDb db, IEnumerable<Person> people, DateTimeOffset now)
    {
        var hasher = new PasswordHasher<UserAccount>();
        foreach (var person in people)
        {
            var account = UserAccount.For(person, now);
            account.NormalizedEmail = person.Email.ToUpperInvariant();
            account.NormalizedUserName = account.UserName!.ToUpperInvariant();
            account.SecurityStamp = Guid.NewGuid().ToString("N");
            account.PasswordHash = hasher.HashPassword(account, Password);
            db.Users.Add(account);
        }
        await db.SaveChangesAsync();
    }

    internal static async Task SaveAsync<T>(TandemDb db, IEnumerable<T> rows) where T : class
    {
        foreach (var batch in rows.Chunk(5_000))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>A generated organisation, its open context and its structure.</summary>
public sealed record BenchOrganization(TandemDb Db, Organization Organization, List<Person> People,
    List<(Department Department, Person Head, List<(Team Team, Person Lead, List<Person> Members)> Teams)> Departments, DateTimeOffset Now);
