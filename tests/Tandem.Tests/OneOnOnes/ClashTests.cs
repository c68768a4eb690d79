using System.Net;
using Tandem.Features.OneOnOnes;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>Someone with many 1:1s sees when some of them overlap, on the 1:1s page and on each clashing meeting; nobody else does.</summary>
public abstract class ClashTests(TandemApp app) : AppTest(app)
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

        Assert.Matches("Your 1:1s overlap at [67] times", home);
        Assert.Matches($"10:00–10:45 [^:]+ time:\\s*<a href=\"/one-on-ones/meetings/{withEmma.NextMeeting()}\"[^>]*>Emma Employee</a>\\s*and\\s*<a href=\"/one-on-ones/meetings/{withPat.NextMeeting()}\"[^>]*>Pat Peer</a>", home);
        Assert.Matches("And [12] more times? in the weeks ahead", home);
        Assert.Contains("This 1:1 overlaps another of yours", meeting, StringComparison.Ordinal);
        Assert.Matches($"<span>this one with Emma Employee</span>\\s*and\\s*<a href=\"/one-on-ones/meetings/{withPat.NextMeeting()}\"", meeting);
        Assert.DoesNotContain("clash-heading", await employee.GetHtmlAsync("/one-on-ones"), StringComparison.Ordinal);
        var asEmma = await employee.GetHtmlAsync($"/one-on-ones/meetings/{withEmma.NextMeeting()}");
        Assert.DoesNotContain("clash-heading", asEmma, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat Peer", asEmma, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOnOnes_OneAfterTheOther_DoNotClash()
    {
        var org = await NewOrgAsync();
        await org.CreateSeriesAsync("manager", "employee");
        await org.CreateSeriesAsync("manager", "peer", Weekly(org, "peer", "10:30:00"));
        using var manager = await org.PagesAsync("manager");

        Assert.DoesNotContain("clash-heading", await manager.GetHtmlAsync("/one-on-ones"), StringComparison.Ordinal);
    }

    private static object Weekly(TestOrg org, string with, string at) =>
        new { withPersonId = org[with], cadence = "Weekly", weekday = "Tuesday", localTime = at, durationMinutes = 30 };
}

public sealed class ClashTests_Sqlite() : ClashTests(TandemApp.Sqlite);

public sealed class ClashTests_Postgres() : ClashTests(TandemApp.Postgres);

/// <summary>The sweep that groups overlapping meetings, ordered by start, into clashes.</summary>
public sealed class MeetingClashFindTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Touching_IsNoClash_Overlapping_Is()
    {
        var a = At(0, 30);
        var b = At(30, 30);
        var c = At(45, 30);

        var found = MeetingClash.Find([a, b, c]);

        Assert.Equal([[b, c]], found.Select(f => f.Meetings));
        Assert.Equal((Nine.AddMinutes(30), Nine.AddMinutes(75)), (found[0].StartsAt, found[0].EndsAt));
    }

    [Fact]
    public void MeetingsInsideALongOne_AreOneClash_TheNextFreeOneStartsAnother()
    {
        var long_ = At(0, 120);
        var first = At(30, 30);
        var second = At(45, 30);
        var free = At(120, 30);
        var later = At(180, 30);
        var same = At(180, 60);

        var found = MeetingClash.Find([long_, first, second, free, later, same]);

        Assert.Equal([[long_, first, second], [later, same]], found.Select(f => f.Meetings));
        Assert.True(found[0].Holds(second.Id));
        Assert.False(found[0].Holds(free.Id));
    }

    [Fact]
    public void NoneOrOne_HasNoClash()
    {
        Assert.Empty(MeetingClash.Find([]));
        Assert.Empty(MeetingClash.Find([At(0, 30)]));
    }

    private static PlannedMeeting At(int minutes, int duration) => new(Guid.NewGuid(), Nine.AddMinutes(minutes), duration, $"Person at {minutes}");
}
