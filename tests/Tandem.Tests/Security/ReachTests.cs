using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

/// <summary>
/// Every relation of <see cref="Reach"/> over every viewer × subject of a <see cref="TestOrg"/> (and another
/// organisation's people), with the manager chain's setting on and off. The list form (an expression inside a
/// query) and the single check must say the same thing: features use both.
/// </summary>
public abstract class ReachTests(TandemApp app) : AppTest(app)
{
    // ceo ── hr, manager ── (employee, peer), otherManager ── other
    private static readonly string[] Everyone = ["ceo", "hr", "manager", "employee", "peer", "otherManager", "other"];

    private static readonly Dictionary<string, string[]> DirectReports = new(StringComparer.Ordinal)
    {
        ["ceo"] = ["hr", "manager", "otherManager"],
        ["manager"] = ["employee", "peer"],
        ["otherManager"] = ["other"],
    };

    private static readonly Dictionary<string, string[]> Below = new(StringComparer.Ordinal)
    {
        ["ceo"] = ["hr", "manager", "otherManager", "employee", "peer", "other"],
        ["manager"] = ["employee", "peer"],
        ["otherManager"] = ["other"],
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EveryRelation_MatchesTheReportingTree_ListAndSingleAgree(bool chainCanRead)
    {
        var org = await NewOrgAsync();
        var stranger = await NewOrgAsync();
        if (!chainCanRead)
            await org.DbAsync(db => db.Organizations.Where(o => o.Id == org.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ManagerChainCanRead, false)));

        var mismatches = new List<string>();
        foreach (var viewer in Everyone)
        {
            await using var scope = org.ScopeAs(viewer);
            var reach = scope.ServiceProvider.GetRequiredService<Reach>();
            var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
            var direct = DirectReports.GetValueOrDefault(viewer, []);
            var asManager = chainCanRead ? Below.GetValueOrDefault(viewer, []) : direct;

            var directList = await reach.DirectReports().Select(p => p.Id).ToListAsync();
            var managedList = await db.People.Where(reach.ReadableAsManager<Person>(p => p.Id)).Select(p => p.Id).ToListAsync();
            var directlyManaged = await db.People.Where(reach.DirectlyManaged<Person>(p => p.Id)).Select(p => p.Id).ToListAsync();
            var meOrManaged = await db.People.Where(reach.MeOrReadableAsManager<Person>(p => p.Id)).Select(p => p.Id).ToListAsync();

            Same(mismatches, $"{viewer} direct reports", direct, directList, org);
            Same(mismatches, $"{viewer} directly managed", direct, directlyManaged, org);
            Same(mismatches, $"{viewer} readable as manager", asManager, managedList, org);
            Same(mismatches, $"{viewer} me or readable as manager", [viewer, .. asManager], meOrManaged, org);

            foreach (var subject in Everyone)
            {
                if (await reach.IsDirectManagerOfAsync(org[subject], default) != direct.Contains(subject))
                    mismatches.Add($"{viewer} IsDirectManagerOf {subject}");
                if (await reach.CanReadAsManagerAsync(org[subject], default) != asManager.Contains(subject))
                    mismatches.Add($"{viewer} CanReadAsManager {subject}");
                var personal = subject == viewer || viewer == "hr" || asManager.Contains(subject);
                if (await reach.CanReadPersonalAsync(org[subject], default) != personal)
                    mismatches.Add($"{viewer} CanReadPersonal {subject}");
            }
            foreach (var subject in Everyone)
            {
                if (await reach.IsDirectManagerOfAsync(stranger[subject], default) || await reach.CanReadAsManagerAsync(stranger[subject], default)
                    || await reach.CanReadPersonalAsync(stranger[subject], default))
                    mismatches.Add($"{viewer} reaches {subject} of another organisation");
            }
            // HR admins read anyone of their organisation: an id of no one in it is no one.
            if (await reach.CanReadPersonalAsync(Guid.CreateVersion7(), default)) mismatches.Add($"{viewer} CanReadPersonal of an unknown id");
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task LeadsTeamAndDepartment_OnlyThroughADirectReportInIt()
    {
        var org = await NewOrgAsync();
        var (team, department) = await org.DbAsync(async db =>
        {
            var d = new Department { OrganizationId = org.Id, Id = Guid.CreateVersion7(), Name = "Platform" };
            var t = new Team { OrganizationId = org.Id, Id = Guid.CreateVersion7(), Name = "Payments", DepartmentId = d.Id };
            db.Departments.Add(d);
            db.Teams.Add(t);
            await db.SaveChangesAsync();
            await db.People.Where(p => p.Id == org["employee"]).ExecuteUpdateAsync(s => s.SetProperty(p => p.TeamId, t.Id).SetProperty(p => p.DepartmentId, d.Id));
            return (t.Id, d.Id);
        });

        foreach (var (viewer, leads) in new[] { ("manager", true), ("ceo", false), ("employee", false), ("otherManager", false) })
        {
            await using var scope = org.ScopeAs(viewer);
            var reach = scope.ServiceProvider.GetRequiredService<Reach>();
            Assert.Equal(leads, await reach.LeadsTeamAsync(team, default));
            Assert.Equal(leads, await reach.LeadsDepartmentAsync(department, default));
        }
    }

    private static void Same(List<string> mismatches, string what, IEnumerable<string> expected, IEnumerable<Guid> actual, TestOrg org)
    {
        var want = expected.Select(k => org[k]).Order().ToList();
        var got = actual.Order().ToList();
        if (!want.SequenceEqual(got))
            mismatches.Add($"{what}: expected [{string.Join(", ", expected)}], got {got.Count} ({string.Join(", ", org.People.Where(p => got.Contains(p.Id)).Select(p => p.Title))})");
    }
}

public sealed class ReachTests_Sqlite() : ReachTests(TandemApp.Sqlite);

public sealed class ReachTests_Postgres() : ReachTests(TandemApp.Postgres);
