using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.People;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Reviews;

/// <summary>
/// Who reads a review (docs/security.md, "Reviews"): the person only after release; the manager, the chain above
/// and HR once submitted; peers only their own; a peer is named to the person only if the organisation says so; upward
/// reviews only as an aggregate over the threshold; nothing across organisations.
/// </summary>
public abstract class ReviewVisibilityTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("employee", false, true)]
    [InlineData("manager", true, true)]
    [InlineData("ceo", true, true)]
    [InlineData("hr", true, true)]
    [InlineData("peer", false, false)]
    [InlineData("otherManager", false, false)]
    [InlineData("other", false, false)]
    public async Task Results_BeforeAndAfterRelease_PerRole(string viewer, bool before, bool after)
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        await JsonAsync(await org.AnswerAsync("employee", await org.ReviewOfAsync("employee", "Self"), submit: true), HttpStatusCode.OK);
        await org.AdvanceToAsync(cycle, "ManagerReview");
        await JsonAsync(await org.AnswerAsync("manager", await org.ReviewOfAsync("manager", "Manager", "employee"), submit: true, text: "Clear, calm incident calls."), HttpStatusCode.OK);
        var url = $"/api/v1/review-cycles/{cycle}/people/{org["employee"]}";
        var client = await org.ApiAsync(viewer);

        var early = await client.GetAsync(url);
        Assert.Equal(before ? HttpStatusCode.OK : HttpStatusCode.NotFound, early.StatusCode);
        if (!before) Assert.DoesNotContain("incident calls", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await JsonAsync(await (await org.ApiAsync("manager")).PostAsync($"{url}/release", null), HttpStatusCode.OK);
        var late = await client.GetAsync(url);
        Assert.Equal(after ? HttpStatusCode.OK : HttpStatusCode.NotFound, late.StatusCode);
        if (after) Assert.Contains("incident calls", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stranger = await (await NewOrgAsync("Elsewhere")).ApiAsync("hr");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"{url}/release", null)).StatusCode);
    }

    [Fact]
    public async Task Release_NeedsTheManagerReview_AndOnlyTheWriterOrHrReleases_ThenThePersonAcknowledgesOnce()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        await org.AdvanceToAsync(cycle, "ManagerReview");
        var url = $"/api/v1/review-cycles/{cycle}/people/{org["employee"]}";
        var manager = await org.ApiAsync("manager");
        await ProblemAsync(await manager.PostAsync($"{url}/release", null), HttpStatusCode.Conflict);
        await JsonAsync(await org.AnswerAsync("manager", await org.ReviewOfAsync("manager", "Manager", "employee"), submit: true), HttpStatusCode.OK);
        await ProblemAsync(await (await org.ApiAsync("ceo")).PostAsync($"{url}/release", null), HttpStatusCode.Forbidden);
        var employee = await org.ApiAsync("employee");
        Assert.Equal(HttpStatusCode.NotFound, (await employee.PostAsJsonAsync($"{url}/acknowledge", new { comment = "Thanks" })).StatusCode);

        await JsonAsync(await manager.PostAsync($"{url}/release", null), HttpStatusCode.OK);
        await ProblemAsync(await employee.PostAsJsonAsync($"{url}/acknowledge", new { comment = new string('x', 2001) }), HttpStatusCode.UnprocessableEntity, "Comment");
        var acknowledged = await JsonAsync(await employee.PostAsJsonAsync($"{url}/acknowledge", new { comment = "Fair, and useful." }), HttpStatusCode.OK);
        Assert.Equal("Fair, and useful.", acknowledged.GetProperty("acknowledgementComment").GetString());
        await ProblemAsync(await employee.PostAsJsonAsync($"{url}/acknowledge", new { }), HttpStatusCode.Conflict);
        await ProblemAsync(await manager.PostAsJsonAsync($"{url}/acknowledge", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Conversation_IsAnUpcoming1on1OfTheTwo_AndTheReviewGoesOnItsAgenda()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        var withEmma = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        var withPat = (await org.CreateSeriesAsync("manager", "peer")).NextMeeting();
        var url = $"/api/v1/review-cycles/{cycle}/people/{org["employee"]}/conversation";
        var manager = await org.ApiAsync("manager");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { meetingId = withPat }), HttpStatusCode.UnprocessableEntity, "MeetingId");
        await ProblemAsync(await (await org.ApiAsync("hr")).PostAsJsonAsync(url, new { meetingId = withEmma }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync("employee")).PostAsJsonAsync(url, new { meetingId = withEmma })).StatusCode);

        var linked = await JsonAsync(await manager.PostAsJsonAsync(url, new { meetingId = withEmma }), HttpStatusCode.OK);
        Assert.Equal(withEmma, linked.GetProperty("meetingId").GetGuid());
        var meeting = await (await org.ApiAsync("employee")).GetStringAsync($"/api/v1/meetings/{withEmma}");
        Assert.Contains("Talk through the review", meeting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalibratedCycle_ReleasesOnlyAfterCalibration_AndReleasingTheCycleReleasesEverySubmittedReview()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation", calibration: true);
        await org.AdvanceToAsync(cycle, "ManagerReview");
        await JsonAsync(await org.AnswerAsync("manager", await org.ReviewOfAsync("manager", "Manager", "employee"), submit: true), HttpStatusCode.OK);
        var url = $"/api/v1/review-cycles/{cycle}/people/{org["employee"]}";
        await ProblemAsync(await (await org.ApiAsync("manager")).PostAsync($"{url}/release", null), HttpStatusCode.Conflict);

        await org.AdvanceToAsync(cycle, "Released");
        var released = await org.DbAsync(db => db.ReviewParticipants.Where(p => p.CycleId == cycle && p.ReleasedAt != null).Select(p => p.PersonId).ToListAsync());
        Assert.Contains(org["employee"], released);
        Assert.DoesNotContain(org["peer"], released);  // their manager review isn't written
        Assert.Contains(org["ceo"], released);  // nobody writes a manager review of the top of the tree
    }

    [Fact]
    public async Task Peers_NominatedWithinTheRules_AreNamedToTheManager_NotToThePerson_UnlessTheOrgSaysSo()
    {
        var org = await NewOrgAsync();
        var extra = await org.AddPersonAsync("third", "Tia Third", "otherManager");
        var leaver = await org.AddPersonAsync("leaver", "Lou Leaver", "otherManager");
        await org.DbAsync(db => db.People.Where(p => p.Id == leaver.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PersonStatus.Left)));
        var elsewhere = await NewOrgAsync("Elsewhere");
        var cycle = await org.OpenCycleAsync("conversation", peers: true);
        var employee = await org.ApiAsync("employee");
        var url = $"/api/v1/review-cycles/{cycle}/nominations";
        Guid[] good = [org["peer"], org["other"], extra.Id];
        foreach (var bad in new[]
                 {
                     new[] { org["peer"], org["other"] },  // too few
                     [org["employee"], org["peer"], org["other"]],  // yourself
                     [org["manager"], org["peer"], org["other"]],  // your manager
                     [leaver.Id, org["peer"], org["other"]],
                     [elsewhere["peer"], org["peer"], org["other"]],
                     [org["peer"], org["other"], extra.Id, org["hr"], org["ceo"], org["otherManager"]],  // too many
                 })
            await ProblemAsync(await employee.PutAsJsonAsync(url, new { peerIds = bad }), HttpStatusCode.UnprocessableEntity, "PeerIds");
        Assert.Equal(0, await org.DbAsync(db => db.PeerNominations.CountAsync()));
        await JsonAsync(await employee.PutAsJsonAsync(url, new { peerIds = good }), HttpStatusCode.OK);

        var people = $"/api/v1/review-cycles/{cycle}/people/{org["employee"]}";
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync("peer")).GetAsync($"{people}/nominations")).StatusCode);
        await ProblemAsync(await (await org.ApiAsync("hr")).PutAsJsonAsync($"{people}/nominations", new { peerIds = good }), HttpStatusCode.Forbidden);
        await JsonAsync(await (await org.ApiAsync("manager")).PutAsJsonAsync($"{people}/nominations", new { peerIds = new[] { org["peer"], extra.Id } }), HttpStatusCode.OK);
        await ProblemAsync(await employee.PutAsJsonAsync(url, new { peerIds = good }), HttpStatusCode.Conflict);

        await org.AdvanceToAsync(cycle, "PeerReview");
        var review = await org.ReviewOfAsync("peer", "Peer", "employee");
        Assert.False(await org.DbAsync(db => db.Reviews.AnyAsync(r => r.WriterId == org["other"] && r.Kind == Features.Reviews.ReviewKind.Peer)));
        await JsonAsync(await org.AnswerAsync("peer", review, submit: true, text: "Pat's peer view"), HttpStatusCode.OK);
        await org.AdvanceToAsync(cycle, "ManagerReview");
        await JsonAsync(await org.AnswerAsync("manager", await org.ReviewOfAsync("manager", "Manager", "employee"), submit: true), HttpStatusCode.OK);
        var managerView = await (await org.ApiAsync("manager")).GetFromJsonAsync<JsonElement>(people);
        Assert.Equal("Pat Peer", managerView.GetProperty("peers")[0].GetProperty("writer").GetString());
        await JsonAsync(await (await org.ApiAsync("manager")).PostAsync($"{people}/release", null), HttpStatusCode.OK);

        var mine = await employee.GetStringAsync(people);
        Assert.Contains("Pat's peer view", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat Peer", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(org["peer"].ToString(), mine, StringComparison.Ordinal);
        await org.DbAsync(db => db.Organizations.Where(o => o.Id == org.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.NamePeersToEmployee, true)));
        Assert.Contains("Pat Peer", await employee.GetStringAsync(people), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpwardReviews_AreHiddenBelowTheThreshold_AndShownOnlyAsAnAggregateWithoutWriters()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("third", "Tia Third", "manager");
        var cycle = await org.OpenCycleAsync("annual", upward: true);
        await org.AdvanceToAsync(cycle, "PeerReview");
        var url = $"/api/v1/review-cycles/{cycle}/people/{org["manager"]}";
        var ceo = await org.ApiAsync("ceo");
        string[] writers = ["employee", "peer", "third"];
        for (var i = 0; i < writers.Length; i++)
        {
            var upward = await org.ReviewOfAsync(writers[i], "Upward", "manager");
            await JsonAsync(await org.AnswerAsync(writers[i], upward, submit: true, text: $"Comment by {writers[i]}", rating: i + 3), HttpStatusCode.OK);
            var summary = (await ceo.GetFromJsonAsync<JsonElement>(url)).GetProperty("upward");
            Assert.Equal(i == 2, summary.GetProperty("shown").GetBoolean());
            if (i < 2) Assert.DoesNotContain("Comment by", summary.ToString(), StringComparison.Ordinal);
        }

        var results = await ceo.GetStringAsync(url);
        foreach (var writer in writers)
        {
            Assert.DoesNotContain(org[writer].ToString(), results, StringComparison.Ordinal);
            Assert.DoesNotContain(org.Person(writer).Name, results, StringComparison.Ordinal);
        }
        var rating = JsonDocument.Parse(results).RootElement.GetProperty("upward").GetProperty("questions")[0];
        Assert.Equal(4.0, rating.GetProperty("average").GetDouble());
        Assert.Equal([0, 0, 1, 1, 1], rating.GetProperty("distribution").EnumerateArray().Select(d => d.GetInt32()));
        var comments = JsonDocument.Parse(results).RootElement.GetProperty("upward").GetProperty("questions")[1].GetProperty("comments");
        Assert.Equal(["Comment by employee", "Comment by peer", "Comment by third"], comments.EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task UpwardReviews_ThatDifferFromAnotherCyclesByOnePerson_AreNotShown()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("third", "Tia Third", "manager");
        await org.AddPersonAsync("fourth", "Fay Fourth", "manager");
        async Task<Guid> CycleWithAsync(string name, params string[] writers)
        {
            var admin = await org.ApiAsync("hr");
            var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/review-cycles",
                ReviewTestData.Cycle(await org.AddStarterAsync("conversation"), name, upward: true, kind: "AdHoc")), HttpStatusCode.Created);
            var id = created.GetProperty("id").GetGuid();
            await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/review-cycles/{id}/open", new { version = 0 }), HttpStatusCode.OK);
            await org.AdvanceToAsync(id, "PeerReview");
            foreach (var writer in writers)
            {
                var mine = await (await org.ApiAsync(writer)).GetFromJsonAsync<JsonElement>("/api/v1/me/reviews");
                var review = mine.GetProperty("toWrite").EnumerateArray().Single(r => r.GetProperty("cycleId").GetGuid() == id && r.GetProperty("kind").GetString() == "Upward")
                    .GetProperty("reviewId").GetGuid();
                await JsonAsync(await org.AnswerAsync(writer, review, submit: true), HttpStatusCode.OK);
            }
            return id;
        }

        var first = await CycleWithAsync("First", "employee", "peer", "third", "fourth");
        var second = await CycleWithAsync("Second", "employee", "peer", "third");
        var hr = await org.ApiAsync("hr");
        var summary = (await hr.GetFromJsonAsync<JsonElement>($"/api/v1/review-cycles/{second}/people/{org["manager"]}")).GetProperty("upward");
        Assert.False(summary.GetProperty("shown").GetBoolean());
        Assert.Contains("differ", summary.GetProperty("whyHidden").GetString(), StringComparison.Ordinal);
        Assert.False((await hr.GetFromJsonAsync<JsonElement>($"/api/v1/review-cycles/{first}/people/{org["manager"]}")).GetProperty("upward").GetProperty("shown").GetBoolean());
    }
}

public sealed class ReviewVisibilityTests_Sqlite() : ReviewVisibilityTests(TandemApp.Sqlite);

public sealed class ReviewVisibilityTests_Postgres() : ReviewVisibilityTests(TandemApp.Postgres);
