using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Goals;

public abstract class GoalImportTests(TandemApp app) : AppTest(app)
{
    private const string Header = "goal_ref,title,description,owner_type,owner,period,commitment,visibility,parent_ref,weight,kr_title,kr_kind,kr_start,kr_target,kr_unit,kr_weight";

    [Fact]
    public async Task Import_WithErrors_ReportsEveryRow_AndAppliesNothing()
    {
        var org = await NewOrgAsync();
        var csv = $"""
            {Header}
            co,Company goal,,company,,2031 Q2,committed,public,,1,Revenue,metric,1,2,M€,1
            bad-owner,Someone's goal,,person,nobody@{org.Slug}.test,,,,co,,,,,,,
            flat,Flat key result,,person,{org.Email("employee")},,,,co,,Stays the same,metric,5,5,,
            loop-a,Loop A,,person,{org.Email("employee")},,,,loop-b,,,,,,,
            loop-b,Loop B,,person,{org.Email("employee")},,,,loop-a,,,,,,,
            private-team,Secret team goal,,company,,,,private,,,,,,,,
            """;

        var report = await JsonAsync(await PostAsync(await org.ApiAsync("hr"), csv), HttpStatusCode.UnprocessableEntity);

        var rows = report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).Distinct().Order().ToList();
        Assert.Equal([3, 4, 5, 6, 7], rows);
        Assert.Equal(0, await org.DbAsync(db => db.Goals.CountAsync()));
        Assert.False(await org.DbAsync(db => db.GoalPeriods.AnyAsync(p => p.Name == "2031 Q2")));
    }

    [Fact]
    public async Task Import_CleanFile_CreatesTheTree_ThenReimportChangesNothing_AndExportRoundTrips()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var csv = $"""
            {Header}
            co,Delight customers,,company,,2031 Q3,committed,public,,1,Net promoter score,metric,30,50,,1
            co,,,,,,,,,,Churn,metric,4,2,%,2
            emma,Answer within an hour,,person,{org.Email("employee")},2031 Q3,stretch,public,co,2,Tickets answered in an hour,metric,40,90,%,1
            emma,,,,,,,,,,Publish the support handbook,milestone,,,,1
            """;

        var first = await JsonAsync(await PostAsync(hr, csv), HttpStatusCode.OK);
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        var goals = await org.DbAsync(db => db.Goals.Include(g => g.KeyResults).ToListAsync());
        var company = goals.Single(g => g.ImportRef == "co");
        var emma = goals.Single(g => g.ImportRef == "emma");
        Assert.Equal(company.Id, emma.ParentGoalId);
        Assert.Equal(org["employee"], emma.OwnerPersonId);
        Assert.Equal(2, emma.KeyResults.Count);
        Assert.Equal(2, emma.Weight);

        var again = await JsonAsync(await PostAsync(hr, csv), HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());

        var export = await (await hr.GetAsync("/api/v1/goals/export")).Content.ReadAsStringAsync();
        var roundTrip = await JsonAsync(await PostAsync(hr, export), HttpStatusCode.OK);
        Assert.Equal(2, roundTrip.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, await org.DbAsync(db => db.Goals.CountAsync()));
    }

    [Fact]
    public async Task Import_ChangedTarget_UpdatesTheKeyResult()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        await JsonAsync(await PostAsync(hr, $"{Header}\nco,Grow,,company,,,,,,,Customers,metric,0,100,,\n"), HttpStatusCode.OK);

        var report = await JsonAsync(await PostAsync(hr, $"{Header}\nco,Grow,,company,,,,,,,Customers,metric,0,150,,\n"), HttpStatusCode.OK);

        Assert.Equal(1, report.GetProperty("updated").GetInt32());
        Assert.Equal(150, await org.DbAsync(db => db.KeyResults.Select(k => k.Target).SingleAsync()));
    }

    [Fact]
    public async Task Import_AsEmployee_403()
    {
        var org = await NewOrgAsync();
        await ProblemAsync(await PostAsync(await org.ApiAsync("employee"), $"{Header}\nx,Title,,company,,,,,,,,,,,,\n"), HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string csv) =>
        client.PostAsync("/api/v1/goals/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
}

public sealed class GoalImportTests_Sqlite() : GoalImportTests(TandemApp.Sqlite);

public sealed class GoalImportTests_Postgres() : GoalImportTests(TandemApp.Postgres);
