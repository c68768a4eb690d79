using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>Bad input gets a clear problem and writes nothing.</summary>
public abstract class OneOnOneRulesTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("self", "WithPersonId")]
    [InlineData("outside", "WithPersonId")]
    [InlineData("zone", "TimeZone")]
    [InlineData("zero", "DurationMinutes")]
    [InlineData("long", "DurationMinutes")]
    [InlineData("link", "VideoLink")]
    [InlineData("week", "WeekOfMonth")]
    public async Task CreateSeries_BadInput_422AndNothingWritten(string problem, string field)
    {
        var org = await NewOrgAsync();
        var outsider = await NewOrgAsync();
        object body = problem switch
        {
            "self" => Series(org["manager"]),
            "outside" => Series(outsider["employee"]),
            "zone" => Series(org["employee"], timeZone: "Mars/Olympus_Mons"),
            "zero" => Series(org["employee"], duration: 0),
            "long" => Series(org["employee"], duration: 8 * 60 + 1),
            "link" => Series(org["employee"], videoLink: "javascript:alert(1)"),
            _ => new { withPersonId = org["employee"], cadence = "Monthly", weekday = "Friday", localTime = "10:00:00", durationMinutes = 30, weekOfMonth = 5 },
        };

        await ProblemAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync("/api/v1/one-on-ones", body), HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(0, await org.DbAsync(db => db.OneOnOneSeries.CountAsync()));
        Assert.Equal(0, await org.DbAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task CreateSeries_SecondForTheSamePair_Conflict()
    {
        var org = await NewOrgAsync();
        await org.CreateSeriesAsync("manager", "employee");
        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/one-on-ones", Series(org["manager"])), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddTopic_Empty_422AndNothingWritten(string text)
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync($"/api/v1/meetings/{meeting}/topics", new { text }),
            HttpStatusCode.UnprocessableEntity, "Text");
        Assert.Equal(0, await org.DbAsync(db => db.AgendaItems.CountAsync()));
    }

    [Fact]
    public async Task SaveNotes_OverTheSizeLimit_422AndNothingWritten()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        await ProblemAsync(await (await org.ApiAsync("employee")).PutAsJsonAsync($"/api/v1/meetings/{meeting}/notes", new { text = new string('x', 20_001), version = 0 }),
            HttpStatusCode.UnprocessableEntity, "Text");
        Assert.Null(await org.DbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.SharedNotes).SingleAsync()));
    }

    [Fact]
    public async Task SaveNotes_TwoSavesFromTheSameVersion_SecondSeesConflictWithBothVersions()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        var first = await (await org.ApiAsync("manager")).PutAsJsonAsync($"/api/v1/meetings/{meeting}/notes", new { text = "Agreed: ship on Friday", version = 0 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var problem = await ProblemAsync(await (await org.ApiAsync("employee")).PutAsJsonAsync($"/api/v1/meetings/{meeting}/notes",
            new { text = "Agreed: ship on Monday", version = 0 }), HttpStatusCode.Conflict);

        Assert.Equal("Agreed: ship on Friday", problem.GetProperty("currentNotes").GetString());
        Assert.Equal("Agreed: ship on Monday", problem.GetProperty("yourNotes").GetString());
        Assert.Equal(1, problem.GetProperty("currentVersion").GetInt64());
        Assert.Equal("Agreed: ship on Friday", await org.DbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.SharedNotes).SingleAsync()));
    }

    [Fact]
    public async Task Cancel_WithoutReason_422AndStillScheduled()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync($"/api/v1/meetings/{meeting}/cancel", new { reason = "" }),
            HttpStatusCode.UnprocessableEntity, "Reason");
        Assert.Equal("Scheduled", await org.DbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task Commitment_ForSomeoneOutsideThePair_422()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        await ProblemAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync($"/api/v1/meetings/{meeting}/commitments",
            new { text = "Review the plan", ownerId = org["peer"] }), HttpStatusCode.UnprocessableEntity, "OwnerId");
        Assert.Equal(0, await org.DbAsync(db => db.Commitments.CountAsync()));
    }

    private static object Series(Guid with, string timeZone = "Europe/Berlin", int duration = 30, string? videoLink = null) =>
        new { withPersonId = with, cadence = "Weekly", weekday = "Tuesday", localTime = "10:00:00", durationMinutes = duration, timeZone, videoLink };
}

public sealed class OneOnOneRulesTests_Sqlite() : OneOnOneRulesTests(TandemApp.Sqlite);

public sealed class OneOnOneRulesTests_Postgres() : OneOnOneRulesTests(TandemApp.Postgres);
