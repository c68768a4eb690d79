using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.Reviews;

namespace Tandem.Tests.Calibration;

/// <summary>
/// Calibration (docs/security.md, "Calibration"): only HR admins and a session's participants read it, and only its
/// people; proposed ratings come in from the manager reviews and are kept; every change needs a reason, is recorded and
/// audited, and is possible only in the calibration phase; the person sees the final rating only after release.
/// </summary>
public abstract class CalibrationTests(TandemApp app) : AppTest(app)
{
    private static readonly int[] Guideline = [10, 20, 40, 20, 10], FourShares = [10, 20, 40, 20], TooMuch = [10, 20, 40, 20, 20];

    [Theory]
    [InlineData("hr", true)]
    [InlineData("manager", true)]
    [InlineData("ceo", false)]
    [InlineData("otherManager", false)]
    [InlineData("employee", false)]
    [InlineData("peer", false)]
    public async Task Session_ReadByHrAndItsParticipantsAlone(string viewer, bool reads)
    {
        var org = await NewOrgAsync();
        var session = await org.ManagersSessionAsync(await org.CalibratingCycleAsync());
        var client = await org.ApiAsync(viewer);

        var response = await client.GetAsync($"/api/v1/calibration-sessions/{session}");
        Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/calibration-sessions");
        Assert.Equal(reads, listed.EnumerateArray().Any(s => s.GetProperty("id").GetGuid() == session));
        if (!reads)
        {
            Assert.DoesNotContain("Platform calibration", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            return;
        }
        // Only the session's people: the manager's two reports, with the ratings the manager proposed.
        var board = await response.Content.ReadFromJsonAsync<JsonElement>();
        var people = board.GetProperty("people").EnumerateArray().ToDictionary(p => p.GetProperty("personId").GetGuid(), p => p.GetProperty("proposedRating").GetInt32());
        Assert.Equal(new Dictionary<Guid, int> { [org["employee"]] = 4, [org["peer"]] = 2 }, people);
        Assert.Equal([0, 1, 0, 1, 0], board.GetProperty("final").GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
    }

    [Fact]
    public async Task Session_NobodySeesOrChangesTheirOwnEntry_NotEvenHr()
    {
        var org = await NewOrgAsync();
        var cycle = await org.CalibratingCycleAsync();
        // Everyone below the ceo, with the managers who proposed invited: the manager is in the session and in its group.
        var created = await JsonAsync(await (await org.ApiAsync("hr")).PostAsJsonAsync($"/api/v1/review-cycles/{cycle}/calibration-sessions",
            new { name = "Everyone", group = new { kind = "ManagerTree", ids = new[] { org["ceo"] } }, inviteManagers = true }), HttpStatusCode.Created);
        var session = created.GetProperty("id").GetGuid();
        var ownEntry = (await org.EntryAsync(session, "manager")).GetProperty("entryId").GetGuid();
        foreach (var viewer in new[] { "manager", "hr" })
        {
            var board = await (await org.ApiAsync(viewer)).GetFromJsonAsync<JsonElement>($"/api/v1/calibration-sessions/{session}");
            var people = board.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("personId").GetGuid()).ToList();
            Assert.DoesNotContain(org[viewer], people);
            Assert.Equal(people.Count, board.GetProperty("final").GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32())
                + board.GetProperty("final").GetProperty("unrated").GetInt32());
        }
        var manager = await org.ApiAsync("manager");
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.PagesAsync("manager")).GetAsync($"/calibration/{session}/entries/{ownEntry}")).StatusCode);
        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/calibration-sessions/{session}/entries/{ownEntry}/changes",
            new { rating = 5, reason = "Myself", version = 0L }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SessionPage_ListsABoxOrEveryone_InPages_WhateverTheQuery()
    {
        var org = await NewOrgAsync();
        var session = await org.ManagersSessionAsync(await org.CalibratingCycleAsync());
        var pages = await org.PagesAsync("manager");
        // Nobody is placed on the grid yet: a box filter of someone else's choosing, or a page past the end, shows everyone from the start.
        foreach (var query in new[] { "", "?box=3-3", "?box=x&from=-5", "?from=1000000", "?box=%00" })
        {
            var html = await pages.GetHtmlAsync($"/calibration/{session}{query}");
            Assert.Contains("Everyone in the session", html, StringComparison.Ordinal);
            Assert.Contains("1–2 of 2, by name.", html, StringComparison.Ordinal);
        }
        // A row number that is not a number is bad input, answered as such (never a 500).
        Assert.Equal(HttpStatusCode.BadRequest, (await pages.GetAsync($"/calibration/{session}?from=abc")).StatusCode);
        var unplaced = await pages.GetHtmlAsync($"/calibration/{session}?box=unplaced");
        Assert.Contains("Potential not set yet · 2", unplaced, StringComparison.Ordinal);
        Assert.Contains("Show everyone in the session", unplaced, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_AnotherOrganisation_SeesAndChangesNothing()
    {
        var org = await NewOrgAsync();
        var session = await org.ManagersSessionAsync(await org.CalibratingCycleAsync());
        var entry = await org.EntryAsync(session, "employee");
        var stranger = await (await NewOrgAsync("Elsewhere")).ApiAsync("hr");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/calibration-sessions/{session}")).StatusCode);
        var change = await stranger.PostAsJsonAsync($"/api/v1/calibration-sessions/{session}/entries/{entry.GetProperty("entryId")}/changes",
            new { rating = 5, reason = "Elsewhere", version = entry.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/api/v1/calibration-sessions")).EnumerateArray());
        Assert.Equal(4, (await org.EntryAsync(session, "employee")).GetProperty("rating").GetInt32());
    }

    [Fact]
    public async Task Change_NeedsAReason_AValueOnTheScale_AndThePersonInTheSession()
    {
        var org = await NewOrgAsync();
        var cycle = await org.CalibratingCycleAsync();
        var session = await org.ManagersSessionAsync(cycle);
        var entry = await org.EntryAsync(session, "employee");
        var url = $"/api/v1/calibration-sessions/{session}/entries/{entry.GetProperty("entryId")}/changes";
        var version = entry.GetProperty("version").GetInt64();
        var manager = await org.ApiAsync("manager");

        await ProblemAsync(await manager.PostAsJsonAsync(url, new { rating = 5, version }), HttpStatusCode.UnprocessableEntity, "Reason");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { rating = 5, reason = "  ", version }), HttpStatusCode.UnprocessableEntity, "Reason");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { rating = 6, reason = "Above the scale", version }), HttpStatusCode.UnprocessableEntity, "Rating");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { rating = 0, reason = "Below the scale", version }), HttpStatusCode.UnprocessableEntity, "Rating");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { potential = 4, reason = "No such potential", version }), HttpStatusCode.UnprocessableEntity, "Potential");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { rating = 4, reason = "Nothing changes", version }), HttpStatusCode.UnprocessableEntity, "Rating");
        foreach (var link in new[] { "javascript:alert(1)", "/\\evil.example", "/\t/evil.example", "//evil.example", "http://plain.example" })
            await ProblemAsync(await manager.PostAsJsonAsync(url, new { rating = 5, reason = "A link elsewhere", evidence = link, version }),
                HttpStatusCode.UnprocessableEntity, "Evidence");

        // Someone outside the session: the other manager's report, in a session of their own.
        var others = await (await org.ApiAsync("hr")).PostAsJsonAsync($"/api/v1/review-cycles/{cycle}/calibration-sessions",
            new { name = "Others", group = new { kind = "People", ids = new[] { org["other"] } }, inviteManagers = true });
        var othersId = (await JsonAsync(others, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var other = await org.EntryAsync(othersId, "other");
        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/calibration-sessions/{session}/entries/{other.GetProperty("entryId")}/changes",
            new { rating = 5, reason = "Not ours", version = other.GetProperty("version").GetInt64() }), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/calibration-sessions/{othersId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await org.ApiAsync("otherManager")).GetAsync($"/api/v1/calibration-sessions/{othersId}")).StatusCode);

        // Nothing of the refused ones was kept.
        var after = await org.EntryAsync(session, "employee");
        Assert.Equal(4, after.GetProperty("rating").GetInt32());
        Assert.Equal(version, after.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Change_IsKeptBesideTheProposal_WithWhoAndWhy_InTheAuditLog()
    {
        var org = await NewOrgAsync();
        var session = await org.ManagersSessionAsync(await org.CalibratingCycleAsync());
        var entry = await org.EntryAsync(session, "peer");
        // Read once before the change: the board kept since is not what is read after it.
        Assert.Empty((await (await org.ApiAsync("hr")).GetFromJsonAsync<JsonElement>($"/api/v1/calibration-sessions/{session}")).GetProperty("changes").EnumerateArray());
        var changed = await JsonAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync(
            $"/api/v1/calibration-sessions/{session}/entries/{entry.GetProperty("entryId")}/changes",
            new { rating = 3, potential = 3, reason = "Led the on-call rework; the goal scores back a 3.", evidence = "/goals", version = entry.GetProperty("version").GetInt64() }),
            HttpStatusCode.OK);
        Assert.Equal(3, changed.GetProperty("rating").GetInt32());
        Assert.Equal(2, changed.GetProperty("proposedRating").GetInt32());
        Assert.Equal(3, changed.GetProperty("potential").GetInt32());

        var board = await (await org.ApiAsync("hr")).GetFromJsonAsync<JsonElement>($"/api/v1/calibration-sessions/{session}");
        var log = board.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(2, log.Count); // rating and potential, one row each
        Assert.All(log, c =>
        {
            Assert.Equal("Max Manager", c.GetProperty("by").GetString());
            Assert.Equal("Led the on-call rework; the goal scores back a 3.", c.GetProperty("reason").GetString());
            Assert.Equal("/goals", c.GetProperty("evidence").GetString());
        });
        Assert.Contains(log, c => c.GetProperty("field").GetString() == "Rating" && c.GetProperty("from").GetString() == "2 · Getting there" && c.GetProperty("to").GetString() == "3 · Solid");
        Assert.Contains(log, c => c.GetProperty("field").GetString() == "Potential" && c.GetProperty("from").ValueKind == JsonValueKind.Null && c.GetProperty("to").GetString() == "High");
        Assert.Equal([0, 1, 0, 1, 0], board.GetProperty("proposed").GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal([0, 0, 1, 1, 0], board.GetProperty("final").GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));

        var audited = await org.DbAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.CalibrationChanged && e.SubjectId == org["peer"]).SingleAsync());
        Assert.Contains("Led the on-call rework", audited.Detail, StringComparison.Ordinal);
        Assert.Equal(org["manager"], audited.ActorId);
    }

    [Fact]
    public async Task Change_TwoAtOnceFromOneVersion_OneWins_TheOtherIsToldToReload()
    {
        var org = await NewOrgAsync();
        var session = await org.ManagersSessionAsync(await org.CalibratingCycleAsync());
        var entry = await org.EntryAsync(session, "employee");
        var url = $"/api/v1/calibration-sessions/{session}/entries/{entry.GetProperty("entryId")}/changes";
        var version = entry.GetProperty("version").GetInt64();
        var hr = await org.ApiAsync("hr");
        var manager = await org.ApiAsync("manager");

        var answers = await Task.WhenAll(
            hr.PostAsJsonAsync(url, new { rating = 5, reason = "HR's view", version }),
            manager.PostAsJsonAsync(url, new { rating = 3, reason = "The manager's view", version }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var board = await hr.GetFromJsonAsync<JsonElement>($"/api/v1/calibration-sessions/{session}");
        Assert.Single(board.GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public async Task Session_OnlyInTheCalibrationPhase_ForHr_AndEachPersonOnce()
    {
        var uncalibrated = await NewOrgAsync("Uncalibrated");
        var plain = await uncalibrated.OpenCycleAsync("half-year");
        await ProblemAsync(await (await uncalibrated.ApiAsync("hr")).PostAsJsonAsync($"/api/v1/review-cycles/{plain}/calibration-sessions",
            new { name = "Everyone", group = new { kind = "ManagerTree", ids = new[] { uncalibrated["ceo"] } } }), HttpStatusCode.Conflict);

        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var body = new { name = "Everyone", group = new { kind = "ManagerTree", ids = new[] { org["ceo"] } } };
        var early = await org.OpenCycleAsync("half-year", calibration: true);
        await ProblemAsync(await hr.PostAsJsonAsync($"/api/v1/review-cycles/{early}/calibration-sessions", body), HttpStatusCode.Conflict);
        await org.AdvanceToAsync(early, "ManagerReview");
        foreach (var (writer, subject) in new[] { ("manager", "employee"), ("manager", "peer"), ("otherManager", "other") })
            await JsonAsync(await org.AnswerAsync(writer, await org.ReviewOfAsync(writer, "Manager", subject), submit: true), HttpStatusCode.OK);
        await org.AdvanceToAsync(early, "Calibration");
        var cycle = early;
        var url = $"/api/v1/review-cycles/{cycle}/calibration-sessions";
        await ProblemAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync(url, body), HttpStatusCode.Forbidden);
        await ProblemAsync(await hr.PostAsJsonAsync(url, new { group = body.group }), HttpStatusCode.UnprocessableEntity, "Name");
        await ProblemAsync(await hr.PostAsJsonAsync(url, new { name = "Nobody", group = new { kind = "People", ids = Array.Empty<Guid>() } }), HttpStatusCode.UnprocessableEntity, "Group");
        await ProblemAsync(await hr.PostAsJsonAsync(url, new { name = "Bad guide", group = body.group, guideline = FourShares }),
            HttpStatusCode.UnprocessableEntity, "Guideline");
        await ProblemAsync(await hr.PostAsJsonAsync(url, new { name = "Bad guide", group = body.group, guideline = TooMuch }),
            HttpStatusCode.UnprocessableEntity, "Guideline");
        await ProblemAsync(await hr.PostAsJsonAsync(url, new { name = "Stranger", group = new { kind = "People", ids = new[] { Guid.NewGuid() } } }),
            HttpStatusCode.UnprocessableEntity, "Group");

        var everyone = await JsonAsync(await hr.PostAsJsonAsync(url, new { body.name, body.group, guideline = Guideline }), HttpStatusCode.Created);
        Assert.True(everyone.GetProperty("people").GetInt32() >= 5);
        // Everyone below the ceo is in a session now: nobody is left for a second one.
        await ProblemAsync(await hr.PostAsJsonAsync(url, new { name = "Again", group = new { kind = "People", ids = new[] { org["employee"] } } }),
            HttpStatusCode.UnprocessableEntity, "Group");
        var board = await hr.GetFromJsonAsync<JsonElement>($"/api/v1/calibration-sessions/{everyone.GetProperty("id")}");
        Assert.Equal([10, 20, 40, 20, 10], board.GetProperty("guideline").EnumerateArray().Select(g => g.GetInt32()));
        // The managers who proposed are invited: the manager, the other manager and the ceo.
        Assert.Equal(3, board.GetProperty("participants").GetArrayLength());
    }

    [Fact]
    public async Task Release_ShowsThePersonOnlyTheFinalRating_AndEndsTheChanges()
    {
        var org = await NewOrgAsync();
        var cycle = await org.CalibratingCycleAsync();
        var session = await org.ManagersSessionAsync(cycle);
        var entry = await org.EntryAsync(session, "employee");
        var url = $"/api/v1/calibration-sessions/{session}/entries/{entry.GetProperty("entryId")}/changes";
        await JsonAsync(await (await org.ApiAsync("hr")).PostAsJsonAsync(url,
            new { rating = 3, reason = "Two of the four goals slipped to next half.", version = entry.GetProperty("version").GetInt64() }), HttpStatusCode.OK);
        var results = $"/api/v1/review-cycles/{cycle}/people/{org["employee"]}";
        var employee = await org.ApiAsync("employee");
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync(results)).StatusCode);
        // The manager reads the review before release, but not yet what calibration made of it.
        var early = await (await org.ApiAsync("manager")).GetFromJsonAsync<JsonElement>(results);
        Assert.Equal(JsonValueKind.Null, early.GetProperty("calibratedRating").ValueKind);
        await ProblemAsync(await (await org.ApiAsync("manager")).PostAsync($"{results}/release", null), HttpStatusCode.Conflict);

        await org.AdvanceToAsync(cycle, "Released");
        var mine = await employee.GetFromJsonAsync<JsonElement>(results);
        Assert.Equal(3, mine.GetProperty("calibratedRating").GetInt32());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("overallScore").ValueKind);
        Assert.DoesNotContain("Two of the four goals", JsonSerializer.Serialize(mine), StringComparison.Ordinal);
        var managers = await (await org.ApiAsync("manager")).GetFromJsonAsync<JsonElement>(results);
        Assert.Equal(3, managers.GetProperty("calibratedRating").GetInt32());

        var late = await org.EntryAsync(session, "employee");
        await ProblemAsync(await (await org.ApiAsync("hr")).PostAsJsonAsync(url, new { rating = 5, reason = "Too late", version = late.GetProperty("version").GetInt64() }),
            HttpStatusCode.Conflict);
        Assert.False((await (await org.ApiAsync("hr")).GetFromJsonAsync<JsonElement>($"/api/v1/calibration-sessions/{session}")).GetProperty("canChange").GetBoolean());
    }

    [Fact]
    public async Task Potential_FromTheManagersAnswer_IsProposed_OutOfTheScore_AndNeverShownToThePerson()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("half-year", calibration: true);
        await org.AdvanceToAsync(cycle, "ManagerReview");
        var manager = await org.ApiAsync("manager");
        var review = await org.ReviewOfAsync("manager", "Manager", "employee");
        var details = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/reviews/{review}");
        var questions = details.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("questions").EnumerateArray()).ToList();
        string Key(string kind) => questions.First(q => q.GetProperty("kind").GetString() == kind).GetProperty("key").GetString()!;
        var potential = Key("Potential");
        object[] Answers(int potentialRating) =>
        [
            new { key = Key("Rating"), rating = 2 },
            new { key = potential, rating = potentialRating, text = "Picks up new areas fast and lifts the team's reviews." },
            new { key = "s1q3", text = "Steady." },
            new { key = "s2q1", text = "Lead a planning session." },
        ];
        var version = details.GetProperty("version").GetInt64();
        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/reviews/{review}/submit", new { answers = Answers(4), version }), HttpStatusCode.UnprocessableEntity, potential);
        await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/reviews/{review}/submit", new { answers = Answers(3), version }), HttpStatusCode.OK);
        await org.AdvanceToAsync(cycle, "Calibration");

        var session = await org.ManagersSessionAsync(cycle);
        var entry = await org.EntryAsync(session, "employee");
        Assert.Equal(3, entry.GetProperty("proposedPotential").GetInt32());
        Assert.Equal(3, entry.GetProperty("potential").GetInt32());
        // The potential (3 of 3) is no rating: the proposal is the rating alone.
        Assert.Equal(2, entry.GetProperty("proposedScore").GetDouble());

        await org.AdvanceToAsync(cycle, "Released");
        var results = $"/api/v1/review-cycles/{cycle}/people/{org["employee"]}";
        var mine = await (await org.ApiAsync("employee")).GetStringAsync(results);
        Assert.DoesNotContain("Picks up new areas fast", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(potential, mine, StringComparison.Ordinal);
        Assert.Contains("Picks up new areas fast", await manager.GetStringAsync(results), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fairness_ForHr_NamesEveryManagerWhoProposed()
    {
        var org = await NewOrgAsync();
        var cycle = await org.CalibratingCycleAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await org.ApiAsync("manager")).GetAsync($"/api/v1/review-cycles/{cycle}/fairness")).StatusCode);
        var fairness = await (await org.ApiAsync("hr")).GetFromJsonAsync<JsonElement>($"/api/v1/review-cycles/{cycle}/fairness");
        Assert.Equal(3, fairness.GetProperty("rated").GetInt32());
        var managers = fairness.GetProperty("fairness").GetProperty("managers").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m);
        Assert.Equal(["Max Manager", "Olga Othermanager"], managers.Keys.Order(StringComparer.Ordinal));
        // Two and one rated people: too few to call anyone lenient or severe.
        Assert.All(managers.Values, m => Assert.Equal("TooFew", m.GetProperty("verdict").GetString()));
        Assert.Equal(2, managers["Max Manager"].GetProperty("people").GetInt32());
    }
}

public sealed class CalibrationTests_Sqlite() : CalibrationTests(TandemApp.Sqlite);

public sealed class CalibrationTests_Postgres() : CalibrationTests(TandemApp.Postgres);
