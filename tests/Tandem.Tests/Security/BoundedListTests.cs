using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Features.Goals;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Tests.Goals;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Security;

/// <summary>
/// What any member can ask for is bounded (issue 16, finding 13): a level of the org chart, a goal's comments and the
/// live meeting streams a person holds open come a page or a few at a time, and comments are rate-limited.
/// </summary>
public abstract class BoundedListTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task GoalComments_GoalShowsTheLatest_TheRestPageNewestFirst_AndPostingIsLimitedPerHour()
    {
        var org = await NewOrgAsync();
        var goalId = (await org.CreateGoalAsync("employee", new { title = "Ship the billing rewrite", visibility = "Public" })).GoalId();
        var peer = await org.ApiAsync("peer");
        var total = GoalConversation.Shown + 5;
        for (var i = 1; i <= total; i++)
            await JsonAsync(await peer.PostAsJsonAsync($"/api/v1/goals/{goalId}/comments", new { text = $"Comment {i}" }), HttpStatusCode.Created);

        var goal = await JsonAsync(await peer.GetAsync($"/api/v1/goals/{goalId}"), HttpStatusCode.OK);
        Assert.Equal(total, goal.GetProperty("commentCount").GetInt32());
        var latest = goal.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
        Assert.Equal(GoalConversation.Shown, latest.Count);
        Assert.Equal(("Comment 6", $"Comment {total}"), (latest[0], latest[^1])); // the latest, oldest first

        // Every comment, newest first, a page at a time; no comment twice and none left out.
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await JsonAsync(await peer.GetAsync($"/api/v1/goals/{goalId}/comments?limit=20" + (after is null ? "" : $"&after={after}")), HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("text").GetString()!));
            after = page.GetProperty("next").GetString();
        } while (after is not null);
        Assert.Equal(Enumerable.Range(1, total).Reverse().Select(i => $"Comment {i}"), seen);
        await ProblemAsync(await peer.GetAsync($"/api/v1/goals/{goalId}/comments?after=not-a-cursor"), HttpStatusCode.BadRequest, "after");
        await ProblemAsync(await peer.GetAsync($"/api/v1/goals/{Guid.NewGuid()}/comments"), HttpStatusCode.NotFound);

        // The limit is per person and hour: the peer has a few left, then is refused; the owner still comments.
        var limit = new GoalCommentRateLimit(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()).PerHour;
        for (var i = total; i < limit; i++)
            await JsonAsync(await peer.PostAsJsonAsync($"/api/v1/goals/{goalId}/comments", new { text = "One more" }), HttpStatusCode.Created);
        var refused = await ProblemAsync(await peer.PostAsJsonAsync($"/api/v1/goals/{goalId}/comments", new { text = "Too many" }), HttpStatusCode.TooManyRequests);
        Assert.Contains("last hour", refused.GetProperty("detail").GetString());
        Assert.Equal(limit, await org.DbAsync(db => db.GoalComments.CountAsync(c => c.GoalId == goalId)));
        var owner = await org.ApiAsync("employee");
        await JsonAsync(await owner.PostAsJsonAsync($"/api/v1/goals/{goalId}/comments", new { text = "Thanks, all" }), HttpStatusCode.Created);
    }

    [Fact]
    public async Task GoalComments_OfAPrivateGoal_HiddenFromPeers_AndAnHrReadOutsideTheLineIsAudited()
    {
        var org = await NewOrgAsync();
        var goalId = (await org.CreateGoalAsync("employee", new { title = "Find a new role", visibility = "Private" })).GoalId();
        var owner = await org.ApiAsync("employee");
        await JsonAsync(await owner.PostAsJsonAsync($"/api/v1/goals/{goalId}/comments", new { text = "Talk to the manager first" }), HttpStatusCode.Created);

        await ProblemAsync(await (await org.ApiAsync("peer")).GetAsync($"/api/v1/goals/{goalId}/comments"), HttpStatusCode.NotFound);
        var manager = await JsonAsync(await (await org.ApiAsync("manager")).GetAsync($"/api/v1/goals/{goalId}/comments"), HttpStatusCode.OK);
        Assert.Single(manager.GetProperty("items").EnumerateArray());
        Assert.Equal(0, await org.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.AdminRead)));

        var hr = await JsonAsync(await (await org.ApiAsync("hr")).GetAsync($"/api/v1/goals/{goalId}/comments"), HttpStatusCode.OK);
        Assert.Single(hr.GetProperty("items").EnumerateArray());
        var read = await org.DbAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.AdminRead).ToListAsync());
        Assert.Equal(org.Person("employee").Id, Assert.Single(read).SubjectId);
    }

    [Fact]
    public async Task OrgChart_TopLevel_ComesAPageAtATime_OnThePageAndInTheApi()
    {
        var org = await NewOrgAsync();
        // An import without managers puts everyone at the top: the level must not come in one piece.
        await org.DbAsync(db =>
        {
            db.People.AddRange(Enumerable.Range(1, Cursor.DefaultLimit + 10).Select(i => new Person
            {
                OrganizationId = org.Id, Id = Guid.CreateVersion7(), Name = $"Top {i:000}", Email = $"top{i}@{org.Slug}.test", TimeZone = "UTC",
            }));
            return db.SaveChangesAsync();
        });
        var everyone = Cursor.DefaultLimit + 11; // and the ceo

        var api = await org.ApiAsync("employee");
        var first = await JsonAsync(await api.GetAsync("/api/v1/org-chart"), HttpStatusCode.OK);
        Assert.Equal(Cursor.DefaultLimit, first.GetProperty("items").GetArrayLength());
        var rest = await JsonAsync(await api.GetAsync($"/api/v1/org-chart?after={first.GetProperty("next").GetString()}&limit=200"), HttpStatusCode.OK);
        Assert.Equal(everyone - Cursor.DefaultLimit, rest.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("next").ValueKind);

        using var pages = await org.PagesAsync("employee");
        var html = await (await pages.GetAsync("/org")).Content.ReadAsStringAsync();
        Assert.Contains($"{everyone} people at the top of the organisation", html);
        var more = System.Text.RegularExpressions.Regex.Match(html, "<a class=\"button\" href=\"(/org\\?after=[^\"]+)\">More</a>");
        Assert.True(more.Success, "The org chart links to the next page of the top level.");
        var next = await (await pages.GetAsync(System.Net.WebUtility.HtmlDecode(more.Groups[1].Value))).Content.ReadAsStringAsync();
        Assert.Contains("Top 060", next);
        Assert.DoesNotContain("Top 001", next);
    }

    [Fact]
    public async Task LiveStreams_OverTheCapPerPerson_429_AndASlotComesBackWhenAPageCloses()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        using var client = await org.PagesAsync("employee");
        var path = $"/one-on-ones/meetings/{meeting}/events";
        Task<HttpResponseMessage> OpenAsync() => client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseHeadersRead, default);

        var open = new List<HttpResponseMessage>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                open.Add(await OpenAsync());
                Assert.Equal(HttpStatusCode.OK, open[^1].StatusCode);
            }
            using (var refused = await OpenAsync()) await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
            // The other participant has slots of their own.
            using var manager = await org.PagesAsync("manager");
            using (var theirs = await manager.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseHeadersRead, default))
                Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);

            open[0].Dispose(); // a tab closes; the server notices a moment later
            HttpStatusCode status = default;
            for (var attempt = 0; attempt < 50 && status != HttpStatusCode.OK; attempt++)
            {
                await Task.Delay(100);
                var again = await OpenAsync();
                status = again.StatusCode;
                if (status == HttpStatusCode.OK) open.Add(again); else again.Dispose();
            }
            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            foreach (var response in open) response.Dispose();
        }
    }
}

public sealed class BoundedListTests_Sqlite() : BoundedListTests(TandemApp.Sqlite);

public sealed class BoundedListTests_Postgres() : BoundedListTests(TandemApp.Postgres);
