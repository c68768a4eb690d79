using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

/// <summary>
/// How the walk calls an endpoint of <see cref="AccessTable"/>: its route filled with the fixture's ids, and a body that
/// binds but is refused for its content (a stale version, a missing field), so that an allowed viewer gets 409 or 422
/// and the fixture stays as it was. A POST or PUT without a body here sends <c>{}</c>.
/// </summary>
public static partial class AccessRequests
{
    /// <summary>Walked after every other line: they end what the others need.</summary>
    public static readonly IReadOnlySet<string> Last = new HashSet<string>(StringComparer.Ordinal)
    {
        "POST /api/v1/one-on-ones/{id:guid}/end",
    };

    /// <summary>Changes that can't be undone get a resource of their own for every request, made by its owner.</summary>
    private static readonly Dictionary<string, Func<AccessFixture, Task<Guid>>> Throwaway = new(StringComparer.Ordinal)
    {
        ["DELETE /api/v1/goals/{id:guid}"] = f => f.NewGoalAsync(),
        ["DELETE /api/v1/key-results/{id:guid}"] = f => f.NewKeyResultAsync(),
        ["POST /api/v1/goal-periods/{id:guid}/close"] = f => f.NewPeriodAsync(),
        ["DELETE /api/v1/topics/{id:guid}"] = f => f.NewTopicAsync(),
        ["DELETE /api/v1/commitments/{id:guid}"] = f => f.NewCommitmentAsync(),
        ["DELETE /api/v1/key-roles/{id:guid}"] = f => f.NewKeyRoleAsync(),
    };

    /// <summary>The same, for routes that name two resources: the whole path of a fresh one.</summary>
    private static readonly Dictionary<string, Func<AccessFixture, Task<string>>> ThrowawayPaths = new(StringComparer.Ordinal)
    {
        ["DELETE /api/v1/key-roles/{id:guid}/successors/{successorId:guid}"] = f => f.NewSuccessorPathAsync(),
    };

    private static readonly Dictionary<string, Func<AccessFixture, object>> Bodies = new(StringComparer.Ordinal)
    {
        // Real credentials, refresh token and invitation: the anonymous endpoints answer everyone alike.
        ["POST /api/v1/auth/login"] = f => new { email = f.Org.Email("employee"), password = TestOrg.Password },
        ["POST /api/v1/auth/refresh"] = f => new { refreshToken = f.RefreshToken },
        ["POST /api/v1/invitations/accept"] = f => new { token = f.InvitationToken, password = "too short" },
        // Refused for their content (no email, no such link), so no viewer's request sends an email or counts towards a limit.
        ["POST /api/v1/auth/password-reset"] = _ => new { email = "not an email" },
        ["POST /api/v1/auth/password-reset/confirm"] = _ => new { userId = Guid.Empty, token = "no-such-token", newPassword = "a long enough password" },
        // Bodies complete enough to pass the request check (which answers 422 before any handler runs), so that the
        // handler's own rights decide; stale versions keep allowed viewers from changing the fixture.
        ["PUT /api/v1/people/{id:guid}"] = _ => new { version = -1, person = new { name = "Emma Employee", email = "emma@example.test" } },
        // The names they have: allowed viewers change nothing, and an unknown id gets as far as "not found".
        ["PUT /api/v1/departments/{id:guid}"] = _ => new { name = "Product" },
        ["PUT /api/v1/teams/{id:guid}"] = _ => new { name = "Platform" },
        ["PUT /api/v1/values/{id:guid}"] = _ => new { name = "Ownership" },
        ["PUT /api/v1/goals/{id:guid}"] = _ => new { version = -1, goal = new { title = "Learn the billing domain" } },
        ["POST /api/v1/goals/{id:guid}/comments"] = _ => new { text = "How is this going?" },
        ["PUT /api/v1/one-on-ones/{id:guid}"] = _ => new
        {
            version = -1, cadence = "Weekly", weekday = "Monday", localTime = "10:00:00", durationMinutes = 30, timeZone = "Europe/Berlin",
        },
        ["POST /api/v1/meetings/{id:guid}/topics"] = _ => new { text = "Roadmap" },
        // A kind listed twice: refused whole, so nobody's settings change.
        ["PUT /api/v1/notifications/settings"] = _ => new { kinds = new[] { new { kind = "Other" }, new { kind = "Other" } } },
        ["PUT /api/v1/notifications/defaults"] = _ => new { kinds = new[] { new { kind = "Other" }, new { kind = "Other" } } },
        ["POST /api/v1/meetings/{id:guid}/commitments"] = _ => new { text = "Send the notes" },
        ["POST /api/v1/meetings/{id:guid}/questions"] = _ => new { key = "no-such-question" },
        ["POST /api/v1/meeting-templates"] = _ => new { name = $"Template {Guid.NewGuid():N}", sections = new[] { new { title = "Wins", minutes = 5 } } },
        ["PUT /api/v1/meeting-templates/{id:guid}"] = _ => new { name = "Our weekly", sections = new[] { new { title = "Wins", minutes = 5 }, new { title = "Roadblocks", minutes = 10 } } },
        ["PUT /api/v1/capabilities/{id:guid}"] = _ => new { name = "System design", kind = "Skill" },
        ["PUT /api/v1/role-profiles/{id:guid}"] = _ => new { name = "Engineer", jobTitle = "employee", requirements = Array.Empty<object>() },
        ["PUT /api/v1/goals/{id:guid}/status"] = _ => new { status = 99 },
        ["PUT /api/v1/key-results/{id:guid}"] = _ => new { version = -1, keyResult = new { title = "Lead two design reviews", kind = "Metric", start = 0, target = 2 } },
        ["POST /api/v1/key-results/{id:guid}/check-ins"] = _ => new { version = -1, value = 1, status = "OnTrack", confidence = 5 },
        ["PUT /api/v1/meetings/{id:guid}/notes"] = _ => new { version = -1 },
        ["PUT /api/v1/meetings/{id:guid}/wrap-up"] = _ => new { checkpoint = "2000-01-01" },
        ["PUT /api/v1/me/plan"] = _ => new { version = -1 },
        ["POST /api/v1/me/plan/share"] = _ => new { shared = true },
        ["PUT /api/v1/me/plan/actions/{id:guid}"] = _ => new { status = 99 },
        // A one-point scale: refused for its content, after the template is found.
        ["POST /api/v1/review-templates"] = _ => OnePointTemplate,
        ["POST /api/v1/review-templates/library"] = _ => new { key = "annual" },
        ["PUT /api/v1/review-templates/{id:guid}"] = _ => OnePointTemplate,
        // No such template: refused for its content.
        ["POST /api/v1/review-cycles"] = _ => NoTemplateCycle,
        ["PUT /api/v1/review-cycles/{id:guid}"] = _ => NoTemplateCycle,
        ["POST /api/v1/review-cycles/{id:guid}/open"] = _ => new { version = -1 },
        ["POST /api/v1/review-cycles/{id:guid}/advance"] = _ => new { version = -1 },
        // In the cycle already.
        ["POST /api/v1/review-cycles/{id:guid}/participants"] = f => new { personId = f.Org["employee"] },
        ["PUT /api/v1/review-cycles/{id:guid}/nominations"] = _ => new { peerIds = Array.Empty<Guid>() },
        ["PUT /api/v1/review-cycles/{id:guid}/people/{personId:guid}/nominations"] = _ => new { peerIds = Array.Empty<Guid>() },
        ["POST /api/v1/review-cycles/{id:guid}/people/{personId:guid}/conversation"] = _ => new { meetingId = Guid.Empty },
        ["PUT /api/v1/review-cycles/{id:guid}/people/{personId:guid}/recognition"] = _ => new { promotion = false, raise = false, version = -1 },
        ["PUT /api/v1/reviews/{id:guid}"] = _ => new { answers = Array.Empty<object>(), version = -1 },
        ["POST /api/v1/reviews/{id:guid}/submit"] = _ => new { answers = Array.Empty<object>(), version = -1 },
        // No name: refused for its content (or, in a cycle not in calibration, for its phase).
        ["POST /api/v1/review-cycles/{id:guid}/calibration-sessions"] = f => new { group = new { kind = "People", ids = new[] { f.Org["employee"] } } },
        ["POST /api/v1/calibration-sessions/{id:guid}/entries/{entryId:guid}/changes"] = _ => new { rating = 1, reason = "Access walk", version = -1 },
        // The employee has a plan running (409 for the manager); a checkpoint and an outcome before the plan's start (422).
        ["POST /api/v1/people/{personId:guid}/improvement-plans"] = _ => new
        {
            startsOn = "2026-01-01", endsOn = "2026-02-01", expectations = new[] { new { text = "Walk" } }, support = "Access walk",
        },
        ["POST /api/v1/improvement-plans/{id:guid}/checkpoints"] = _ => new { on = "2000-01-01" },
        ["POST /api/v1/improvement-plans/{id:guid}/checkpoints/{checkpointId:guid}/comment"] = _ => new { comment = "" },
        // Talent: an unknown person, no title, stale versions.
        ["POST /api/v1/talent-reviews"] = _ => new { name = "" },
        ["PUT /api/v1/talent-reviews/{id:guid}/participants"] = _ => new { participantIds = new[] { Guid.Empty } },
        ["POST /api/v1/talent-reviews/{id:guid}/key-roles"] = _ => new { title = "" },
        ["PUT /api/v1/key-roles/{id:guid}"] = _ => new { title = "Access role", version = -1 },
        ["POST /api/v1/key-roles/{id:guid}/successors"] = _ => new { personId = Guid.Empty, readiness = "ReadyNow" },
        ["PUT /api/v1/key-roles/{id:guid}/successors/{successorId:guid}"] = _ => new { readiness = "ReadyNow", version = -1 },
        ["POST /api/v1/improvement-plans/{id:guid}/outcome"] = _ => new { outcome = "Successful", on = "2000-01-01", version = -1 },
    };

    private static object OnePointTemplate => new
    {
        name = "Quarterly conversation", scale = new[] { "Only" }, sections = new[] { new { title = "A", @for = "Self", questions = new[] { new { kind = "Text", text = "Q" } } } },
    };

    private static object NoTemplateCycle => new
    {
        name = "Access annual", kind = "Annual", periodStart = "2026-01-01", periodEnd = "2026-03-31", templateId = Guid.Empty, population = new { kind = "Organization" },
        dates = new { selfReviewDue = "2026-04-07", managerReviewDue = "2026-04-21", releaseOn = "2026-04-28", acknowledgeDue = "2026-05-05" },
    };

    /// <summary>CSV uploads: an empty file, as a dry run.</summary>
    private static readonly HashSet<string> Uploads = new(StringComparer.Ordinal)
    {
        "POST /api/v1/people/import", "POST /api/v1/goals/import", "POST /api/v1/capabilities/import", "POST /api/v1/person-attributes/import",
    };

    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        ["GET /api/v1/org-chart/search"] = "q=Emma",
        ["GET /people/matches"] = "q=Emma",
        ["GET /api/v1/search"] = "q=Emma",
        ["GET /search"] = "q=Emma",
        ["GET /search/suggest"] = "q=Emma",
        ["GET /api/v1/feedback/check"] = "text=You always rush",
        ["GET /feedback/check"] = "Input.Text=You always rush",
        ["POST /api/v1/people/import"] = "dryRun=true",
        ["POST /api/v1/goals/import"] = "dryRun=true",
        ["POST /api/v1/capabilities/import"] = "dryRun=true",
        ["POST /api/v1/person-attributes/import"] = "dryRun=true",
        ["DELETE /api/v1/person-attributes"] = "name=access-walk",
    };

    /// <summary>Routes whose id isn't the one their segment names.</summary>
    private static readonly Dictionary<string, Func<AccessFixture, Guid>> Ids = new(StringComparer.Ordinal)
    {
        ["GET /org/branches/{id:guid}"] = f => f.Org["manager"],
        ["GET /goals/tree/branches/{id:guid}"] = f => f.PrivateGoal,
        ["POST /api/v1/goals/{id:guid}/assign"] = f => f.TeamGoal,
        ["GET /api/v1/people/{personId:guid}/one-on-ones"] = f => f.Org["manager"],
        ["GET /admin/reviews/{Id:guid}"] = f => f.ReviewCycle,
        ["GET /admin/reviews/{Id:guid}/calibration"] = f => f.CalibrationCycle,
        ["GET /admin/reviews/templates/{Id:guid}"] = f => f.ReviewTemplate,
    };

    public static async Task<HttpRequestMessage> RequestAsync(string endpoint, AccessFixture f)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var method = new HttpMethod(endpoint[..space]);
        var route = endpoint[(space + 1)..];
        var throwaway = Throwaway.TryGetValue(endpoint, out var make) ? await make(f) : (Guid?)null;
        var url = ThrowawayPaths.TryGetValue(endpoint, out var path) ? await path(f)
            : Parameter().Replace(route, m => throwaway?.ToString() ?? ValueFor(endpoint, route[..m.Index], m.Groups[1].Value, f));
        if (Queries.TryGetValue(endpoint, out var query)) url += "?" + query;

        HttpContent? content = null;
        if (Uploads.Contains(endpoint)) content = new StringContent("", Encoding.UTF8, "text/csv");
        else if (Bodies.TryGetValue(endpoint, out var body)) content = JsonContent.Create(body(f));
        else if (method == HttpMethod.Post || method == HttpMethod.Put) content = JsonContent.Create(new { });
        return new HttpRequestMessage(method, url) { Content = content };
    }

    // The resource a route parameter names, by the literal segment before it ("/goals/{id}" → the goal).
    private static string ValueFor(string endpoint, string before, string parameter, AccessFixture f)
    {
        if (Ids.TryGetValue(endpoint, out var id)) return id(f).ToString();
        var segment = before.TrimEnd('/').Split('/')[^1];
        return segment switch
        {
            "people" or "about" or "balance" or "themes" => f.Org["employee"].ToString(),
            "goals" => f.PrivateGoal.ToString(),
            "key-results" => f.KeyResult.ToString(),
            "goal-periods" => f.Period.ToString(),
            "one-on-ones" => f.Series.ToString(),
            "meetings" => f.Meeting.ToString(),
            "topics" => f.Topic.ToString(),
            "commitments" => f.Commitment.ToString(),
            "meeting-templates" or "templates" => f.Template.ToString(),
            "feedback" => f.Feedback.ToString(),
            "feedback-requests" => f.FeedbackRequest.ToString(),
            "notifications" => f.Notification.ToString(),
            "values" => f.Value.ToString(),
            "capabilities" => f.Capability.ToString(),
            "role-profiles" or "profiles" => f.Profile.ToString(),
            "departments" => f.Department.ToString(),
            "teams" => f.Team.ToString(),
            "actions" => f.PlanAction.ToString(),
            "review-templates" => f.ReviewTemplate.ToString(),
            "review-cycles" or "cycles" => f.ReviewCycle.ToString(),
            "reviews" => f.SelfReview.ToString(),
            "calibration-sessions" or "calibration" => f.CalibrationSession.ToString(),
            "entries" => f.CalibrationEntry.ToString(),
            "improvement-plans" => f.ImprovementPlan.ToString(),
            "checkpoints" => f.Checkpoint.ToString(),
            "talent-reviews" or "talent" => f.TalentReview.ToString(),
            "key-roles" or "roles" => f.KeyRole.ToString(),
            "successors" => f.Successor.ToString(),
            // Someone in the cycle whose exclusion no other line needs.
            "participants" => f.Org["other"].ToString(),
            "scale" => "1",
            "parts" => "agenda",
            "calendar" => f.CalendarToken,
            "invite" => f.InvitationToken,
            "unsubscribe" => f.UnsubscribeToken,
            "openapi" => "v1",
            _ => throw new InvalidOperationException($"No fixture value for {{{parameter}}} in {endpoint}: say which in AccessRequests."),
        };
    }

    [GeneratedRegex(@"\{([^}:]+)(?::[^}]+)?\}")]
    private static partial Regex Parameter();
}
