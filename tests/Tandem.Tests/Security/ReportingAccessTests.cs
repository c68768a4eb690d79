using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Security;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

/// <summary>Manager rights come from the reporting line: direct manager always, the chain above when the organisation allows.</summary>
public abstract class ReportingAccessTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("manager", "employee", true)]
    [InlineData("ceo", "employee", true)]
    [InlineData("peer", "employee", false)]
    [InlineData("otherManager", "employee", false)]
    [InlineData("hr", "employee", false)]
    [InlineData("employee", "manager", false)]
    [InlineData("employee", "employee", false)]
    public async Task CanReadAsManager_FollowsTheReportingLine(string viewer, string subject, bool expected)
    {
        var org = await NewOrgAsync();
        Assert.Equal(expected, await CanReadAsync(org, viewer, org[subject]));
    }

    [Fact]
    public async Task CanReadAsManager_ChainSwitchedOff_OnlyTheDirectManager()
    {
        var org = await NewOrgAsync();
        await org.DbAsync(db => db.Organizations.Where(o => o.Id == org.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ManagerChainCanRead, false)));

        Assert.True(await CanReadAsync(org, "manager", org["employee"]));
        Assert.False(await CanReadAsync(org, "ceo", org["employee"]));
    }

    [Fact]
    public async Task CanReadAsManager_NeverAcrossOrganisations()
    {
        var org = await NewOrgAsync();
        var other = await NewOrgAsync();
        Assert.False(await CanReadAsync(org, "ceo", other["employee"]));
    }

    [Fact]
    public async Task IsDirectManager_OnlyOneLevel()
    {
        var org = await NewOrgAsync();
        await using var scope = As(org, "manager");
        var access = scope.ServiceProvider.GetRequiredService<ReportingAccess>();
        Assert.True(await access.IsDirectManagerOfAsync(org["employee"], default));
        await using var ceoScope = As(org, "ceo");
        Assert.False(await ceoScope.ServiceProvider.GetRequiredService<ReportingAccess>().IsDirectManagerOfAsync(org["employee"], default));
    }

    private async Task<bool> CanReadAsync(TestOrg org, string viewer, Guid subject)
    {
        await using var scope = As(org, viewer);
        return await scope.ServiceProvider.GetRequiredService<ReportingAccess>().CanReadAsManagerAsync(subject, default);
    }

    private AsyncServiceScope As(TestOrg org, string key)
    {
        var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        db.TenantId = org.Id;
        var chainCanRead = db.Organizations.Where(o => o.Id == org.Id).Select(o => o.ManagerChainCanRead).Single();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SignIn(Guid.NewGuid(), org.Person(key), [], 0, chainCanRead);
        return scope;
    }
}

public sealed class ReportingAccessTests_Sqlite() : ReportingAccessTests(TandemApp.Sqlite);

public sealed class ReportingAccessTests_Postgres() : ReportingAccessTests(TandemApp.Postgres);
