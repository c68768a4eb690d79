using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Security;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

/// <summary>
/// One organisation (TestOrg) with one of each resource the routes name, made through the API by the people who would
/// make them, and another organisation whose HR and org admin is the stranger. Everything is about the employee where it
/// matters: their private goal, their plan, their 1:1 with the manager, feedback they received.
/// </summary>
public sealed class AccessFixture : IDisposable
{
    private readonly Dictionary<Viewer, HttpClient> _api = [];
    private readonly Dictionary<Viewer, PageClient> _pages = [];
    private int _made;  // numbers throwaway resources: requests may run at once

    private AccessFixture(TestOrg org, TestOrg elsewhere)
    {
        Org = org;
        Elsewhere = elsewhere;
    }

    public TestOrg Org { get; }
    public TestOrg Elsewhere { get; }

    public Guid Department { get; private set; }
    public Guid Team { get; private set; }
    public Guid Period { get; private set; }
    public Guid PrivateGoal { get; private set; }
    public Guid KeyResult { get; private set; }
    public Guid TeamGoal { get; private set; }
    public Guid Series { get; private set; }
    public Guid Meeting { get; private set; }
    public Guid Topic { get; private set; }
    public Guid Commitment { get; private set; }
    public Guid Template { get; private set; }
    public Guid Feedback { get; private set; }
    public Guid FeedbackRequest { get; private set; }
    /// <summary>The peer's notice of the employee's request for feedback.</summary>
    public Guid Notification { get; private set; }
    public Guid Value { get; private set; }
    public Guid Capability { get; private set; }
    public Guid Profile { get; private set; }
    public Guid PlanAction { get; private set; }
    public Guid ReviewTemplate { get; private set; }
    /// <summary>An open cycle over the whole organisation, with peer reviews, in its self-review phase.</summary>
    public Guid ReviewCycle { get; private set; }
    /// <summary>The employee's self review in <see cref="ReviewCycle"/>.</summary>
    public Guid SelfReview { get; private set; }
    /// <summary>A cycle of the manager's reports in its calibration phase, with <see cref="CalibrationSession"/>.</summary>
    public Guid CalibrationCycle { get; private set; }
    /// <summary>A session of the manager's reports (the employee and the peer), with only the manager invited.</summary>
    public Guid CalibrationSession { get; private set; }
    /// <summary>The employee in <see cref="CalibrationSession"/>.</summary>
    public Guid CalibrationEntry { get; private set; }
    /// <summary>The employee's improvement plan, set up by the manager, running, with <see cref="Checkpoint"/>.</summary>
    public Guid ImprovementPlan { get; private set; }
    public Guid Checkpoint { get; private set; }
    /// <summary>A talent review with the manager as its participant, <see cref="KeyRole"/> held by "other", and the employee its <see cref="Successor"/>.</summary>
    public Guid TalentReview { get; private set; }
    public Guid KeyRole { get; private set; }
    public Guid Successor { get; private set; }
    public string CalendarToken { get; private set; } = "";
    public string InvitationToken { get; private set; } = "";
    /// <summary>The unsubscribe link of an email to "other" (not a viewer, whose own settings the walk changes).</summary>
    public string UnsubscribeToken { get; private set; } = "";
    public string RefreshToken { get; private set; } = "";

    public static async Task<AccessFixture> CreateAsync(TandemApp app)
    {
        var org = await TestOrg.CreateAsync(app, "Access Org");
        var elsewhere = await TestOrg.CreateAsync(app, "Elsewhere");
        await elsewhere.AddPersonAsync("stranger", "Sam Stranger", "ceo", OrgRoles.HrAdmin | OrgRoles.OrgAdmin);
        var f = new AccessFixture(org, elsewhere);
        await f.BuildAsync();
        return f;
    }

    private async Task BuildAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // The employee and the peer are the team; manager, employee and peer the department (the manager leads the team).
        Department = Id(await PostAsync("hr", "/api/v1/departments", new { name = "Product" }));
        Team = Id(await PostAsync("hr", "/api/v1/teams", new { name = "Platform" }));
        Guid[] team = [Org["employee"], Org["peer"]];
        Guid[] department = [.. team, Org["manager"]];
        await Org.DbAsync(db => db.People.Where(p => team.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.TeamId, Team)));
        await Org.DbAsync(db => db.People.Where(p => department.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.DepartmentId, Department)));

        Period = await NewPeriodAsync();
        var goal = await PostAsync("employee", "/api/v1/goals", new
        {
            title = "Grow into a tech lead role", visibility = "Private",
            keyResults = new[] { new { title = "Lead two design reviews", kind = "Metric", start = 0, target = 2 } },
        });
        PrivateGoal = goal.GetProperty("goal").GetProperty("id").GetGuid();
        KeyResult = goal.GetProperty("keyResults")[0].GetProperty("id").GetGuid();
        TeamGoal = (await PostAsync("manager", "/api/v1/goals", new { title = "Ship the new onboarding", ownerType = "Team", ownerTeamId = Team }))
            .GetProperty("goal").GetProperty("id").GetGuid();

        Template = Id(await PostAsync("manager", "/api/v1/meeting-templates", new
        {
            name = "Our weekly", sections = new[] { new { title = "Wins", minutes = 5 }, new { title = "Roadblocks", minutes = 10 } },
        }));
        // Two weeks out: holding it is refused as too early, for a participant, whenever the walk runs.
        var series = await PostAsync("manager", "/api/v1/one-on-ones", new
        {
            withPersonId = Org["employee"], cadence = "Weekly", weekday = "Tuesday", localTime = "10:00:00", durationMinutes = 30,
            startDate = today.AddDays(14),
        });
        Series = Id(series);
        Meeting = series.GetProperty("next").GetProperty("id").GetGuid();
        Topic = await NewTopicAsync();
        Commitment = await NewCommitmentAsync();

        Feedback = Id(await PostAsync("peer", "/api/v1/feedback", new
        {
            receiverId = Org["employee"], kind = "Constructive", visibility = "ToPersonAndManager",
            text = "In Tuesday's planning the estimates came late; sharing them the day before would let us prepare.",
        }));
        FeedbackRequest = Id(await PostAsync("employee", "/api/v1/feedback-requests", new
        {
            recipientIds = new[] { Org["peer"] }, prompts = "How did my demo land?", dueDate = today.AddDays(7),
        }));
        Notification = await Org.DbAsync(db => db.Notifications.Where(n => n.RecipientId == Org["peer"]).Select(n => n.Id).SingleAsync());
        Value = Id(await PostAsync("hr", "/api/v1/values", new { name = "Ownership" }));

        var category = Id(await PostAsync("hr", "/api/v1/capabilities/categories", new { name = "Engineering" }));
        Capability = Id(await PostAsync("hr", "/api/v1/capabilities", new { categoryId = category, name = "System design", kind = "Skill" }));
        Profile = Id(await PostAsync("hr", "/api/v1/role-profiles", new
        {
            name = "Engineer", jobTitle = "employee", requirements = new[] { new { capabilityId = Capability, requiredNow = 3, requiredFuture = 4 } },
        }));

        await SendAsync("employee", HttpMethod.Put, "/api/v1/me/plan", new { aspiration = "Lead a platform team", wantsToLead = "Yes", version = 0 });
        await SendAsync("employee", HttpMethod.Post, "/api/v1/me/plan/share", new { shared = true });
        var plan = await SendAsync("employee", HttpMethod.Post, "/api/v1/me/plan/actions", new { text = "Pair with the architect on the next design" });
        PlanAction = plan.GetProperty("actions")[0].GetProperty("id").GetGuid();

        ReviewTemplate = Id(await PostAsync("hr", "/api/v1/review-templates/library", new { key = "conversation" }));
        ReviewCycle = Id(await PostAsync("hr", "/api/v1/review-cycles", new
        {
            name = "Access annual", kind = "Annual", periodStart = today.AddDays(-90), periodEnd = today, templateId = ReviewTemplate, peerReviews = true,
            population = new { kind = "Organization" },
            dates = new { selfReviewDue = today.AddDays(7), nominationDue = today.AddDays(10), peerReviewDue = today.AddDays(14), managerReviewDue = today.AddDays(21),
                releaseOn = today.AddDays(28), acknowledgeDue = today.AddDays(35) },
        }));
        await SendAsync("hr", HttpMethod.Post, $"/api/v1/review-cycles/{ReviewCycle}/open", new { version = 0 });
        SelfReview = (await SendAsync("employee", HttpMethod.Get, "/api/v1/me/reviews", null)).GetProperty("toWrite").EnumerateArray()
            .Single(r => r.GetProperty("kind").GetString() == "Self").GetProperty("reviewId").GetGuid();
        CalibrationCycle = Id(await PostAsync("hr", "/api/v1/review-cycles", new
        {
            name = "Access calibrated", kind = "HalfYear", periodStart = today.AddDays(-90), periodEnd = today, calibration = true,
            templateId = Id(await PostAsync("hr", "/api/v1/review-templates/library", new { key = "half-year" })),
            population = new { kind = "ManagerTree", ids = new[] { Org["manager"] } },
            dates = new { selfReviewDue = today.AddDays(7), managerReviewDue = today.AddDays(21), calibrationDue = today.AddDays(25), releaseOn = today.AddDays(28),
                acknowledgeDue = today.AddDays(35) },
        }));
        await SendAsync("hr", HttpMethod.Post, $"/api/v1/review-cycles/{CalibrationCycle}/open", new { version = 0 });
        for (var i = 0; i < 2; i++) // into manager reviews, then calibration
        {
            var version = (await SendAsync("hr", HttpMethod.Get, $"/api/v1/review-cycles/{CalibrationCycle}", null)).GetProperty("version").GetInt64();
            await SendAsync("hr", HttpMethod.Post, $"/api/v1/review-cycles/{CalibrationCycle}/advance", new { version });
        }
        CalibrationSession = Id(await PostAsync("hr", $"/api/v1/review-cycles/{CalibrationCycle}/calibration-sessions", new
        {
            name = "Access session", group = new { kind = "ManagerTree", ids = new[] { Org["manager"] } }, participantIds = new[] { Org["manager"] }, inviteManagers = false,
        }));
        CalibrationEntry = (await SendAsync("hr", HttpMethod.Get, $"/api/v1/calibration-sessions/{CalibrationSession}", null)).GetProperty("people").EnumerateArray()
            .Single(p => p.GetProperty("personId").GetGuid() == Org["employee"]).GetProperty("entryId").GetGuid();
        ImprovementPlan = Id(await PostAsync("manager", $"/api/v1/people/{Org["employee"]}/improvement-plans", new
        {
            startsOn = today, endsOn = today.AddDays(60), expectations = new[] { new { text = "Close each support ticket within two working days", measure = "The weekly queue report" } },
            support = "A weekly hour with the team lead on the hardest tickets.",
        }));
        Checkpoint = (await SendAsync("manager", HttpMethod.Post, $"/api/v1/improvement-plans/{ImprovementPlan}/checkpoints", new { on = today.AddDays(7) }))
            .GetProperty("checkpoints")[0].GetProperty("id").GetGuid();

        TalentReview = Id(await PostAsync("hr", "/api/v1/talent-reviews", new { name = "Access talent", participantIds = new[] { Org["manager"] } }));
        KeyRole = Id(await PostAsync("hr", $"/api/v1/talent-reviews/{TalentReview}/key-roles", new { title = "Head of Other", holderId = Org["other"], leadsPeople = true }));
        Successor = (await PostAsync("hr", $"/api/v1/key-roles/{KeyRole}/successors", new { personId = Org["employee"], readiness = "OneToTwoYears" }))
            .GetProperty("successors")[0].GetProperty("id").GetGuid();

        // The feed of someone who is not a viewer, so no viewer's own regeneration replaces it.
        var feed = await SendAsync("other", HttpMethod.Post, "/api/v1/me/calendar-feed", null);
        CalendarToken = feed.GetProperty("url").GetString()!.Split("/calendar/")[1].Replace(".ics", "", StringComparison.Ordinal);

        UnsubscribeToken = Org.App.Services.GetRequiredService<Tandem.Features.Notifications.UnsubscribeLinks>()
            .PathFor(Org.Id, Org["other"], Tandem.Features.Notifications.NoticeKind.Other)[Tandem.Features.Notifications.UnsubscribeLinks.PathPrefix.Length..];

        // A newcomer without an account, with a pending invitation.
        var newcomer = Id(await PostAsync("hr", "/api/v1/people", new { name = "Nina Newcomer", email = $"nina@{Org.Slug}.test", managerId = Org["manager"] }));
        var invitation = await SendAsync("hr", HttpMethod.Post, $"/api/v1/people/{newcomer}/invitation", null);
        InvitationToken = invitation.GetProperty("url").GetString()!.Split("/invite/")[1];

        using var anonymous = Org.App.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = Org.Email("employee"), password = TestOrg.Password });
        login.EnsureSuccessStatusCode();
        RefreshToken = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString()!;
    }

    /// <summary>A bearer-token client for the viewer (the stranger's is of the other organisation); no token for anonymous.</summary>
    public async Task<HttpClient> ApiAsync(Viewer viewer)
    {
        if (_api.TryGetValue(viewer, out var client)) return client;
        client = viewer switch
        {
            Viewer.Anonymous => Org.App.CreateClient(),
            Viewer.Stranger => await Elsewhere.ApiAsync("stranger"),
            _ => await Org.ApiAsync(Key(viewer)),
        };
        return _api[viewer] = client;
    }

    /// <summary>A cookie client signed in through the sign-in page, like a browser.</summary>
    public async Task<PageClient> PagesAsync(Viewer viewer)
    {
        if (_pages.TryGetValue(viewer, out var client)) return client;
        client = viewer switch
        {
            Viewer.Anonymous => PageClient.Create(Org.App),
            Viewer.Stranger => await Elsewhere.PagesAsync("stranger"),
            _ => await Org.PagesAsync(Key(viewer)),
        };
        return _pages[viewer] = client;
    }

    public static string Key(Viewer viewer) => viewer switch
    {
        Viewer.OtherManager => "otherManager",
        _ => viewer.ToString().ToLowerInvariant(),
    };

    public void Dispose()
    {
        foreach (var client in _api.Values) client.Dispose();
        foreach (var client in _pages.Values) client.Dispose();
    }

    // Throwaway resources for changes that can't be undone: a new one for every request.

    public async Task<Guid> NewKeyRoleAsync() => Id(await PostAsync("hr", $"/api/v1/talent-reviews/{TalentReview}/key-roles", new { title = $"Throwaway role {Next()}" }));

    public async Task<string> NewSuccessorPathAsync()
    {
        var role = await NewKeyRoleAsync();
        var successor = (await PostAsync("hr", $"/api/v1/key-roles/{role}/successors", new { personId = Org["peer"], readiness = "ReadyNow" }))
            .GetProperty("successors")[0].GetProperty("id").GetGuid();
        return $"/api/v1/key-roles/{role}/successors/{successor}";
    }

    public async Task<Guid> NewGoalAsync() =>
        (await PostAsync("employee", "/api/v1/goals", new { title = $"Throwaway goal {Next()}", visibility = "Private" })).GetProperty("goal").GetProperty("id").GetGuid();

    public async Task<Guid> NewKeyResultAsync()
    {
        var goal = await PostAsync("employee", "/api/v1/goals", new
        {
            title = $"Throwaway goal {Next()}", visibility = "Private", keyResults = new[] { new { title = "Something measurable", kind = "Milestone" } },
        });
        return goal.GetProperty("keyResults")[0].GetProperty("id").GetGuid();
    }

    public async Task<Guid> NewPeriodAsync()
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow);
        return Id(await PostAsync("hr", "/api/v1/goal-periods", new { name = $"Sprint {Next()}", start, end = start.AddDays(14) }));
    }

    public async Task<Guid> NewTopicAsync()
    {
        var text = $"Topic {Next()}: the on-call rota";
        var meeting = await PostAsync("employee", $"/api/v1/meetings/{Meeting}/topics", new { text });
        return meeting.GetProperty("agenda").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray())
            .Single(i => i.GetProperty("text").GetString() == text).GetProperty("id").GetGuid();
    }

    public async Task<Guid> NewCommitmentAsync()
    {
        var text = $"Step {Next()}: draft the rota";
        var meeting = await PostAsync("employee", $"/api/v1/meetings/{Meeting}/commitments", new { text });
        return meeting.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("text").GetString() == text).GetProperty("id").GetGuid();
    }

    private int Next() => Interlocked.Increment(ref _made);

    private static Guid Id(JsonElement json) => json.GetProperty("id").GetGuid();

    private Task<JsonElement> PostAsync(string who, string url, object body) => SendAsync(who, HttpMethod.Post, url, body);

    private async Task<JsonElement> SendAsync(string who, HttpMethod method, string url, object? body)
    {
        using var client = await Org.ApiAsync(who);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Fixture: {method} {url} as {who}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
