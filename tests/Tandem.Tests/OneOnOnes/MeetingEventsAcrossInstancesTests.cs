using Microsoft.Extensions.DependencyInjection;
using Tandem.Features.OneOnOnes;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>Two app instances on one PostgreSQL database: a page open on one hears a change saved through the other.</summary>
public sealed class MeetingEventsAcrossInstancesTests
{
    [Fact]
    public async Task AddTopicOnOneInstance_PageOnTheOtherInstanceHearsIt()
    {
        using var second = TandemApp.SecondInstanceOf(TandemApp.Postgres);
        var org = await TestOrg.CreateAsync(TandemApp.Postgres);
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        using var listening = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var heard = OneOnOneFlowTests.ListenAsync(second.Services.GetRequiredService<MeetingEvents>(), meeting, listening.Token);
        await Task.Delay(500); // the second instance's LISTEN connection is up

        await OneOnOneTestData.AddTopicAsync(await org.ApiAsync("employee"), meeting, "Across instances");

        Assert.Equal(MeetingChange.Agenda, await heard);
    }
}
