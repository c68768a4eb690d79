using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tandem.Features.Goals;
using Tandem.Features.Home;
using Tandem.Features.Notifications;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Notifications;

/// <summary>
/// The managers' Monday notice, on a host of its own (it goes to every manager of every organisation of the database).
/// </summary>
public sealed class TeamWeekTests : IDisposable
{
    private readonly TandemApp _app = TandemApp.StartSeparate(new());

    [Fact]
    public async Task EachManager_HearsTheirTeamsWeek_OncePerWeek()
    {
        var org = await TestOrg.CreateAsync(_app);
        await org.CreateSeriesAsync("manager", "employee");
        await org.DbAsync(db =>
        {
            db.Goals.Add(new Goal { Id = Guid.NewGuid(), Title = "Ship search", OwnerType = GoalOwnerType.Person, OwnerPersonId = org["employee"], Status = GoalStatus.AtRisk });
            db.Goals.Add(new Goal { Id = Guid.NewGuid(), Title = "Done already", OwnerType = GoalOwnerType.Person, OwnerPersonId = org["employee"], Status = GoalStatus.Done });
            return db.SaveChangesAsync();
        });
        var week = new TeamWeek(_app.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(DateTimeOffset.UtcNow), NullLogger<TeamWeek>.Instance);

        Assert.True(await week.SendAsync(CancellationToken.None) > 0);
        Assert.Equal(0, await week.SendAsync(CancellationToken.None));

        var notices = await org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == NoticeKind.TeamWeek).ToDictionaryAsync(n => n.RecipientId));
        Assert.Equal("Your team this week: 1 1:1 and 1 goal at risk.", notices[org["manager"]].Text);
        Assert.Equal("/team", notices[org["manager"]].Link);
        // The ceo manages the manager; people without reports hear nothing.
        Assert.Contains(org["ceo"], notices.Keys);
        Assert.DoesNotContain(org["employee"], notices.Keys);
        Assert.DoesNotContain(org["peer"], notices.Keys);
    }

    [Fact]
    public void TheTeamsWeek_ReadsAsASentence()
    {
        Assert.Equal("Your team this week: 4 1:1s, 1 overdue commitment and 2 reviews to write.", TeamWeek.Text(4, 1, 0, 2));
        Assert.Equal("Your team this week: 1 goal at risk.", TeamWeek.Text(0, 0, 1, 0));
        Assert.Equal("Your team this week: no 1:1s planned and nothing overdue. A good week to plan the next 1:1s.", TeamWeek.Text(0, 0, 0, 0));
    }

    public void Dispose() => _app.Dispose();
}
