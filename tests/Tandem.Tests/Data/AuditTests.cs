using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

public abstract class AuditTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task AuditLog_ListsNewestFirst_AndRecordsThatItWasRead()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        await org.ApiAsync("employee");
        await hr.GetAsync("/api/v1/people/export");

        var page = await JsonAsync(await hr.GetAsync("/api/v1/audit?limit=2"), HttpStatusCode.OK);

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(AuditActions.PeopleExported, items[0].GetProperty("action").GetString());
        Assert.Equal("Hana Resources", items[0].GetProperty("actor").GetString());
        Assert.NotNull(page.GetProperty("next").GetString());
        Assert.True(await org.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AuditLogRead && e.ActorId == org["hr"])));
    }

    [Fact]
    public async Task AuditLog_FilteredByPerson()
    {
        var org = await NewOrgAsync();
        var ceo = await org.ApiAsync("ceo");
        await ceo.PutAsJsonAsync($"/api/v1/people/{org["peer"]}/roles", new { hrAdmin = true, orgAdmin = false });

        var page = await JsonAsync(await ceo.GetAsync($"/api/v1/audit?personId={org["peer"]}"), HttpStatusCode.OK);

        var actions = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal([AuditActions.RolesChanged], actions);
    }
}

public sealed class AuditTests_Sqlite() : AuditTests(TandemApp.Sqlite);

public sealed class AuditTests_Postgres() : AuditTests(TandemApp.Postgres);
