using System.Net;
using Tandem.Features.OneOnOnes;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>Someone with many 1:1s sees when two of them overlap, on the 1:1s page and on each clashing meeting; nobody else does.</summary>
public abstract class OverlapTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Manager_WithTwoReportsAtOverlappingTimes_SeesTheClash_TheReportsDoNot()
    {
        var org = await NewOrgAsync();
        var withEmma = await org.CreateSeriesAsync("manager", "employee");
        var withPat = await org.CreateSeriesAsync("manager", "peer", Weekly(org, "peer", "10:15:00"));
        using var manager = await org.PagesAsync("manager");
        using var employee = await org.PagesAsync("employee");

        var home = WebUtility.HtmlDecode(await manager.GetHtmlAsync("/one-on-ones"));
        var meeting = WebUtility.HtmlDecode(await manager.GetHtmlAsync($"/one-on-ones/meetings/{withEmma.NextMeeting()}"));

        Assert.Contains("clashes between your 1:1s", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/one-on-ones/meetings/{withEmma.NextMeeting()}\">your 1:1 with Emma Employee,", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/one-on-ones/meetings/{withPat.NextMeeting()}\">your 1:1 with Pat Peer,", home, StringComparison.Ordinal);
        Assert.Contains("Two of your 1:1s overlap", meeting, StringComparison.Ordinal);
        Assert.Contains("this 1:1 with Emma Employee (", meeting, StringComparison.Ordinal);
        Assert.Contains($"href=\"/one-on-ones/meetings/{withPat.NextMeeting()}\"", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("overlap-heading", await employee.GetHtmlAsync("/one-on-ones"), StringComparison.Ordinal);
        var asEmma = await employee.GetHtmlAsync($"/one-on-ones/meetings/{withEmma.NextMeeting()}");
        Assert.DoesNotContain("overlap-heading", asEmma, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat Peer", asEmma, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOnOnes_OneAfterTheOther_DoNotClash()
    {
        var org = await NewOrgAsync();
        await org.CreateSeriesAsync("manager", "employee");
        await org.CreateSeriesAsync("manager", "peer", Weekly(org, "peer", "10:30:00"));
        using var manager = await org.PagesAsync("manager");

        Assert.DoesNotContain("overlap-heading", await manager.GetHtmlAsync("/one-on-ones"), StringComparison.Ordinal);
    }

    private static object Weekly(TestOrg org, string with, string at) =>
        new { withPersonId = org[with], cadence = "Weekly", weekday = "Tuesday", localTime = at, durationMinutes = 30 };
}

public sealed class OverlapTests_Sqlite() : OverlapTests(TandemApp.Sqlite);

public sealed class OverlapTests_Postgres() : OverlapTests(TandemApp.Postgres);

/// <summary>The sweep that finds overlapping pairs among meetings ordered by start.</summary>
public sealed class MeetingOverlapFindTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Touching_IsNoClash_Overlapping_Is()
    {
        var a = At(0, 30, "A");
        var b = At(30, 30, "B");
        var c = At(45, 30, "C");

        var found = MeetingOverlap.Find([a, b, c]);

        Assert.Equal([new MeetingOverlap(b, c)], found);
    }

    [Fact]
    public void ALongMeeting_ClashesWithEachOneInsideIt()
    {
        var long_ = At(0, 120, "Long");
        var first = At(15, 30, "First");
        var second = At(60, 30, "Second");
        var after = At(120, 30, "After");

        var found = MeetingOverlap.Find([long_, first, second, after]);

        Assert.Equal([new MeetingOverlap(long_, first), new MeetingOverlap(long_, second)], found);
    }

    [Fact]
    public void TwoInsideALongOne_ClashWithEachOther_Too()
    {
        var long_ = At(0, 120, "Long");
        var first = At(30, 30, "First");
        var second = At(45, 30, "Second");

        var found = MeetingOverlap.Find([long_, first, second]);

        Assert.Equal([new MeetingOverlap(long_, first), new MeetingOverlap(long_, second), new MeetingOverlap(first, second)], found);
    }

    [Fact]
    public void NoneOrOne_HasNoClash()
    {
        Assert.Empty(MeetingOverlap.Find([]));
        Assert.Empty(MeetingOverlap.Find([At(0, 30, "A")]));
    }

    private static PlannedMeeting At(int minutes, int duration, string with) => new(Guid.NewGuid(), Nine.AddMinutes(minutes), duration, with);
}
