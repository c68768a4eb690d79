using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Features.Feedback;
using Tandem.Features.OneOnOnes;
using Tandem.Features.Reviews;
using Tandem.Tests.Feedback;
using Tandem.Tests.Goals;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Reviews;

/// <summary>
/// The evidence packet (docs/security.md, "Reviews"): each writer sees only what they may read of the period; 1:1 wins,
/// shared notes and commitments only the two participants, never a private note or talking point; anonymous feedback
/// only as counts; citations point only into the writer's packet, and readers open only what they may read.
/// </summary>
public abstract class ReviewEvidenceTests(TandemApp app) : AppTest(app)
{
    private const string PrivateText = "PRIVATE-NOT-FOR-REVIEWS";

    [Theory]
    [InlineData("employee", "Ship the billing rewrite,Find a new role", "manager,peer,ceo", true)]
    [InlineData("manager", "Ship the billing rewrite,Find a new role", "manager,ceo", true)]
    [InlineData("peer", "Ship the billing rewrite", "peer,ceo", false)]
    [InlineData("hr", "Ship the billing rewrite", "ceo", false)]
    [InlineData("otherManager", "Ship the billing rewrite", "ceo", false)]
    public async Task Packet_HoldsOnlyWhatTheReaderMayRead(string reader, string goals, string feedbackFrom, bool meetings)
    {
        var org = await NewOrgAsync();
        await ArrangeAsync(org);

        var packet = await PacketAsync(org, reader);

        Assert.Equal(goals.Split(',').Order(), packet.Items.Where(i => i.Kind == CitationKind.Goal).Select(i => i.Title).Order());
        var givers = feedbackFrom.Split(',').Select(k => org.Person(k).Name.Split(' ')[0]).Order();
        Assert.Equal(givers, packet.Items.Where(i => i.Kind == CitationKind.Feedback).Select(i => i.Title.Split(" from ")[1].Split(' ')[0]).Order());
        Assert.Equal(meetings, packet.Items.Any(i => i.Kind == CitationKind.Meeting));
        Assert.Equal(meetings, packet.Items.Any(i => i.Kind == CitationKind.Commitment && i.Detail!.Contains("missed", StringComparison.Ordinal)));
        if (meetings) Assert.Contains(packet.Items, i => i.Kind == CitationKind.Meeting && i.Detail!.Contains("Closed the migration", StringComparison.Ordinal));
        Assert.DoesNotContain(PrivateText, JsonSerializer.Serialize(packet), StringComparison.Ordinal);
        // Two released anonymous items count for the person and their manager, and for nobody else; never as text.
        Assert.Equal(reader is "employee" or "manager" ? 2 : null, packet.Anonymous?.Total);
    }

    [Fact]
    public async Task Citations_PointOnlyIntoTheWritersPacket_AndReadersOpenOnlyWhatTheyMayRead()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        var (privateGoal, meeting, peerFeedback) = await ArrangeAsync(org);
        await org.AdvanceToAsync(cycle, "ManagerReview");
        var review = await org.ReviewOfAsync("manager", "Manager", "employee");

        // Feedback the peer gave only to the person is not the manager's to read, so not theirs to cite.
        var refused = await ProblemAsync(await org.AnswerAsync("manager", review, submit: false, cites: [new { kind = "Feedback", id = peerFeedback }]),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("evidence this review lists", refused.GetProperty("errors").EnumerateObject().First().Value[0].GetString(), StringComparison.Ordinal);
        await ProblemAsync(await org.AnswerAsync("manager", review, submit: false, cites: [new { kind = "Goal", id = Guid.NewGuid() }]), HttpStatusCode.UnprocessableEntity);

        var saved = await JsonAsync(await org.AnswerAsync("manager", review, submit: true,
            cites: [new { kind = "Goal", id = privateGoal }, new { kind = "Meeting", id = meeting }]), HttpStatusCode.OK);
        Assert.Equal(2, saved.GetProperty("recency").GetProperty("cited").GetInt32() + 1); // the goal spans the period: only the 1:1 is dated
        var url = $"/api/v1/review-cycles/{cycle}/people/{org["employee"]}";
        await JsonAsync(await (await org.ApiAsync("manager")).PostAsync($"{url}/release", null), HttpStatusCode.OK);

        // The person reads both; HR, in no 1:1 of theirs and outside their reporting line, opens neither.
        var mine = await JsonAsync(await (await org.ApiAsync("employee")).GetAsync(url), HttpStatusCode.OK);
        Assert.Equal(new[] { meeting, privateGoal }.Order(), Cited(mine).Order());
        var hr = await JsonAsync(await (await org.ApiAsync("hr")).GetAsync(url), HttpStatusCode.OK);
        Assert.Empty(Cited(hr));
        Assert.Equal(2, hr.GetProperty("managerReview").GetProperty("answers").EnumerateArray().Max(a => a.TryGetProperty("cites", out var c) && c.ValueKind == JsonValueKind.Array ? c.GetArrayLength() : 0));

        var page = await (await org.PagesAsync("hr")).GetAsync($"/reviews/cycles/{cycle}/people/{org["employee"]}");
        Assert.Contains("2 more that you can't open", System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WarmWordsWithALowRating_AreFlagged_WhileWriting()
    {
        var org = await NewOrgAsync();
        await org.OpenCycleAsync("half-year");
        var review = await org.ReviewOfAsync("manager", "Manager", "employee");
        var draft = await JsonAsync(await org.AnswerAsync("manager", review, submit: false, rating: 1,
            text: "An excellent, outstanding half: the billing rewrite shipped in March."), HttpStatusCode.OK);

        var flags = draft.GetProperty("flags").EnumerateArray().SelectMany(f => f.GetProperty("flags").EnumerateArray()).ToList();
        Assert.Contains(flags, f => f.GetProperty("kind").GetString() == nameof(WritingFlagKind.ToneVersusRating));

        var page = await (await org.PagesAsync("manager")).GetAsync($"/reviews/{review}");
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Tone and rating differ", html, StringComparison.Ordinal);
        Assert.Contains("Evidence from the period", html, StringComparison.Ordinal);
        Assert.Contains("Nothing from this period that you may read", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewManagerMidCycle_WritesTheManagerReview_AndALeaverIsTakenOut()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation", upward: true);
        var draft = await org.ReviewOfAsync("manager", "Manager", "employee");
        await JsonAsync(await org.AnswerAsync("manager", draft, submit: false, text: "Max's draft, his alone."), HttpStatusCode.OK);
        var upward = await org.ReviewOfAsync("employee", "Upward", "manager");
        var hr = await org.ApiAsync("hr");

        await MoveAsync(hr, org, "employee", managerId: org["otherManager"]);
        await MoveAsync(hr, org, "peer", managerId: org["manager"], status: "Left");

        var mine = await org.DbAsync(db => db.Reviews.Where(r => r.CycleId == cycle && r.SubjectId == org["employee"] && r.Kind == ReviewKind.Manager).ToListAsync());
        var only = Assert.Single(mine);
        Assert.Equal(org["otherManager"], only.WriterId);
        Assert.Equal(ReviewState.NotStarted, only.State);
        Assert.Empty(only.Answers.Items);
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync("manager")).GetAsync($"/api/v1/reviews/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync("employee")).GetAsync($"/api/v1/reviews/{upward}")).StatusCode);
        var participants = await org.DbAsync(db => db.ReviewParticipants.Where(p => p.CycleId == cycle).ToDictionaryAsync(p => p.PersonId));
        Assert.Equal(org["otherManager"], participants[org["employee"]].ReviewerId);
        Assert.Equal(ParticipantStatus.Excluded, participants[org["peer"]].Status);
        Assert.Equal(ParticipantStatus.Active, participants[org["employee"]].Status);
    }

    [Fact]
    public async Task EachPhase_TellsWhoHasSomethingToWrite_AndADueReviewIsRemindedOfOnce()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        Task<List<string>> NoticesAsync(string key) => org.DbAsync(db => db.Notifications.Where(n => n.RecipientId == org[key]).Select(n => n.Text).ToListAsync());
        Assert.Contains(await NoticesAsync("employee"), t => t.Contains("your self review is due", StringComparison.Ordinal));

        // Emma submits hers; the self reviews are due tomorrow: Pat is reminded, once; Emma is not.
        await JsonAsync(await org.AnswerAsync("employee", await org.ReviewOfAsync("employee", "Self"), submit: true), HttpStatusCode.OK);
        await org.DbAsync(async db =>
        {
            var c = await db.ReviewCycles.SingleAsync(x => x.Id == cycle);
            c.Dates.SelfReviewDue = ReviewTestData.Today.AddDays(1);
            return await db.SaveChangesAsync();
        });
        await using (var scope = org.App.Scope())
        {
            var reminders = scope.ServiceProvider.GetRequiredService<ReviewReminders>();
            await reminders.RemindAsync(CancellationToken.None);
            await reminders.RemindAsync(CancellationToken.None);
        }
        Assert.Single(await NoticesAsync("peer"), t => t.StartsWith("Reminder:", StringComparison.Ordinal));
        Assert.DoesNotContain(await NoticesAsync("employee"), t => t.StartsWith("Reminder:", StringComparison.Ordinal));

        await org.AdvanceToAsync(cycle, "ManagerReview");
        Assert.Contains(await NoticesAsync("manager"), t => t.Contains("2 manager reviews to write", StringComparison.Ordinal));
    }

    private static async Task MoveAsync(HttpClient hr, TestOrg org, string key, Guid managerId, string status = "Active")
    {
        var person = await JsonAsync(await hr.GetAsync($"/api/v1/people/{org[key]}"), HttpStatusCode.OK);
        await JsonAsync(await hr.PutAsJsonAsync($"/api/v1/people/{org[key]}", new
        {
            person = new { name = org.Person(key).Name, email = org.Email(key), managerId, status },
            version = person.GetProperty("version").GetInt64(),
        }), HttpStatusCode.OK);
    }

    private static IEnumerable<Guid> Cited(JsonElement results) => results.GetProperty("cited").EnumerateArray().Select(e => e.GetProperty("id").GetGuid());

    private static async Task<EvidencePacket> PacketAsync(TestOrg org, string reader)
    {
        await using var scope = org.ScopeAs(reader);
        var evidence = scope.ServiceProvider.GetRequiredService<ReviewEvidence>();
        return await evidence.GetAsync(org["employee"], org["manager"], ReviewTestData.Today.AddDays(-90), ReviewTestData.Today, CancellationToken.None);
    }

    /// <summary>
    /// A quarter of Emma's work: a public and a private goal, feedback to her from her manager (to her and her manager),
    /// her peer (to her alone) and the CEO (public praise), two released anonymous items, and a held 1:1 with her manager
    /// with a win, shared notes, a private talking point, a private note and a missed commitment.
    /// </summary>
    private static async Task<(Guid PrivateGoal, Guid Meeting, Guid PeerFeedback)> ArrangeAsync(TestOrg org)
    {
        var today = ReviewTestData.Today;
        await org.CreateGoalAsync("employee", new { title = "Ship the billing rewrite", visibility = "Public", dueDate = today });
        var privateGoal = (await org.CreateGoalAsync("employee", new { title = "Find a new role", visibility = "Private", dueDate = today })).GoalId();
        await org.GiveAsync("manager", "employee", "ToPersonAndManager", "Constructive", "The incident write-up on Monday left out the timeline.");
        var peerFeedback = (await org.GiveAsync("peer", "employee", "ToPerson")).GetProperty("id").GetGuid();
        await org.GiveAsync("ceo", "employee", "Public");
        var series = await org.CreateSeriesAsync("manager", "employee");
        var meeting = series.NextMeeting();
        var held = today.AddDays(-20);
        await org.DbAsync(async db =>
        {
            var m = await db.Meetings.SingleAsync(x => x.Id == meeting);
            m.OccursOn = held;
            m.StartsAt = new DateTimeOffset(held.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            m.Status = MeetingStatus.Held;
            m.SharedNotes = "We agreed the rollout order.";
            db.AgendaItems.Add(new AgendaItem { Id = Guid.NewGuid(), SeriesId = m.SeriesId, MeetingId = m.Id, Section = "Wins since last time", Text = "Closed the migration", AuthorId = org["employee"] });
            db.AgendaItems.Add(new AgendaItem { Id = Guid.NewGuid(), SeriesId = m.SeriesId, MeetingId = m.Id, Section = "Wins since last time", Text = PrivateText, AuthorId = org["manager"], IsPrivate = true });
            db.PrivateNotes.Add(new PrivateNote { Id = Guid.NewGuid(), MeetingId = m.Id, AuthorId = org["manager"], Text = PrivateText });
            db.Commitments.Add(new Commitment { Id = Guid.NewGuid(), SeriesId = m.SeriesId, MeetingId = m.Id, Text = "Send the staging plan", OwnerId = org["employee"], DueDate = today.AddDays(-10), CreatedById = org["manager"] });
            var anonymous = Enumerable.Range(1, 2).Select(n => new FeedbackItem
            {
                Id = Guid.NewGuid(), ReceiverId = org["employee"], Kind = FeedbackKind.Praise, Text = $"Anonymous {n} {PrivateText}", IsAnonymous = true, Batch = 1,
                CreatedAt = DateTimeOffset.UtcNow.AddDays(-5),
            });
            db.FeedbackItems.AddRange(anonymous);
            db.AnonymousBatches.Add(new AnonymousBatch { ReceiverId = org["employee"], Batch = 1, ReleasedAt = DateTimeOffset.UtcNow.AddDays(-1) });
            return await db.SaveChangesAsync();
        });
        return (privateGoal, meeting, peerFeedback);
    }
}

public sealed class ReviewEvidenceTests_Sqlite() : ReviewEvidenceTests(TandemApp.Sqlite);

public sealed class ReviewEvidenceTests_Postgres() : ReviewEvidenceTests(TandemApp.Postgres);
