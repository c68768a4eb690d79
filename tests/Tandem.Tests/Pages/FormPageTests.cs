using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Tandem.Tests.Development;
using Tandem.Tests.Goals;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Pages;

/// <summary>
/// The pages' forms as a browser without JavaScript uses them: sent as they come, they get the page's answer (never the
/// form binder's "The value '' is not valid"); refused, they keep what was typed and say why next to the field.
/// </summary>
public abstract partial class FormPageTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task EveryForm_SentAsItComes_GetsThePagesAnswer_NotTheBindersMessage()
    {
        var org = await NewOrgAsync();
        await DevelopmentTests.CapabilityAsync(org, "Engineering", "Code review");
        await JsonAsync(await (await org.ApiAsync("hr")).PostAsJsonAsync("/api/v1/values", new { name = "Own it" }), HttpStatusCode.Created);
        var goal = await org.CreateGoalAsync("employee", new { title = "Faster builds", keyResults = new[] { GoalTestData.Metric("Minutes", 30, 10) } });
        var series = await org.CreateSeriesAsync("manager", "employee");
        var meeting = $"/one-on-ones/meetings/{series.NextMeeting()}";
        var reviewTemplate = await Reviews.ReviewTestData.AddStarterAsync(org, "annual");
        var employee = org["employee"];
        // A cycle in calibration with a session of the manager's reports, and an improvement plan of the peer's with a checkpoint.
        var calibrating = await Calibration.CalibrationTestData.CalibratingCycleAsync(org);
        var session = await Calibration.CalibrationTestData.ManagersSessionAsync(org, calibrating);
        var entry = (await Calibration.CalibrationTestData.EntryAsync(org, session, "employee")).GetProperty("entryId").GetGuid();
        var plan = (await JsonAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync($"/api/v1/people/{org["peer"]}/improvement-plans", new
        {
            startsOn = Reviews.ReviewTestData.Today, endsOn = Reviews.ReviewTestData.Today.AddDays(30), expectations = new[] { new { text = "Answer tickets within a day" } },
            support = "Pairing twice a week.",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var checkpoint = (await JsonAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync($"/api/v1/improvement-plans/{plan}/checkpoints",
            new { on = Reviews.ReviewTestData.Today }), HttpStatusCode.OK)).GetProperty("checkpoints")[0].GetProperty("id").GetGuid();
        // A talent review the manager takes part in, with a role held by "other" and the peer nominated.
        var hr = await org.ApiAsync("hr");
        var talent = (await JsonAsync(await hr.PostAsJsonAsync("/api/v1/talent-reviews", new { name = "Leaders", participantIds = new[] { org["manager"] } }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var role = (await JsonAsync(await hr.PostAsJsonAsync($"/api/v1/talent-reviews/{talent}/key-roles", new { title = "Head of Other", holderId = org["other"] }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var successor = (await JsonAsync(await hr.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = org["peer"], readiness = "ReadyNow" }), HttpStatusCode.OK))
            .GetProperty("successors")[0].GetProperty("id").GetGuid();
        (string Who, string Url, string Form)[] forms =
        [
            ("hr", "/admin/values", "value"),
            ("employee", "/goals/new", "goal"),
            ("employee", "/feedback/request", "request"),
            ("employee", "/feedback/give", "give"),
            ("hr", "/development/learning", "resource"),
            ("hr", "/development/framework", "category"),
            ("hr", "/development/framework", "capability"),
            ("hr", "/development/framework", "level-1"),
            ("hr", "/development/profiles/new", "profile"),
            ("employee", $"/people/{employee}/capabilities", "assess"),
            ("employee", $"/people/{employee}/plan", "plan"),
            ("employee", $"/people/{employee}/plan", "add-action"),
            ("employee", $"/goals/{goal.GoalId()}", $"checkin-{goal.KeyResultId()}"),
            ("employee", $"/goals/{goal.GoalId()}", "delete-goal"),
            ("hr", "/one-on-ones/questions", "question"),
            ("manager", "/one-on-ones/new", "series"),
            ("manager", $"/one-on-ones/{series.Id()}/settings", "series"),
            ("manager", "/one-on-ones/templates/new", "template"),
            ("manager", meeting, "add-0"),
            ("manager", meeting, "add-step"),
            ("manager", meeting, "notes"),
            ("manager", meeting, "wrap-up"),
            ("manager", meeting, "private-note"),
            ("manager", meeting, "reschedule"),
            ("manager", meeting, "cancel"),
            ("manager", meeting, "hold"),
            ("hr", "/admin/reviews/new", "cycle"),
            ("hr", "/admin/reviews/templates/new", "template"),
            ("hr", $"/admin/reviews/templates/{reviewTemplate}", "template"),
            ("hr", $"/admin/reviews/{calibrating}/calibration", "session"),
            ("manager", $"/calibration/{session}/entries/{entry}", "change"),
            ("manager", $"/reviews/cycles/{calibrating}/people/{employee}", "recognition"),
            ("manager", $"/people/{employee}/improvement", "plan"),
            ("manager", $"/improvement-plans/{plan}", "checkpoint"),
            ("peer", $"/improvement-plans/{plan}", $"comment-{checkpoint}"),
            ("manager", $"/improvement-plans/{plan}", "outcome"),
            ("hr", "/talent", "talent-review"),
            ("hr", $"/talent/{talent}", "key-role"),
            ("hr", $"/talent/{talent}", "participants"),
            ("manager", $"/talent/roles/{role}", "nominate"),
            ("manager", $"/talent/roles/{role}", "role"),
            ("hr", $"/talent/roles/{role}", "remove-role"),
            ("manager", $"/talent/roles/{role}/successors/{successor}", "successor"),
            ("manager", $"/talent/roles/{role}/successors/{successor}", "remove-successor"),
        ];
        var problems = new List<string>();
        foreach (var (who, url, form) in forms)
        {
            using var pages = await org.PagesAsync(who);
            var response = await pages.PostFormAsync(url, form, HtmlForms.Defaults(await pages.GetHtmlAsync(url), form));
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Found)) problems.Add($"{form} on {url}: {(int)response.StatusCode}");
            else if (BinderMessage().Match(WebUtility.HtmlDecode(html)) is { Success: true } message) problems.Add($"{form} on {url}: {message.Value}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The outcome form sent as it comes records no outcome: the plan still runs.
        var after = await (await org.ApiAsync("manager")).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/improvement-plans/{plan}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("outcome").ValueKind);
        // The remove forms sent as they come remove nothing; the participants form as it comes keeps the participant.
        var kept = await (await org.ApiAsync("manager")).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/key-roles/{role}");
        Assert.Equal(successor, kept.GetProperty("successors")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Goal_WithTheFormsDefaultsAndATitle_IsSaved_NotAligned()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");
        var fields = HtmlForms.Defaults(await pages.GetHtmlAsync("/goals/new"), "goal");
        Assert.Equal("", fields["Input.ParentGoalId"]);
        fields["Input.Title"] = "Write the onboarding guide for the payments service";

        var response = await pages.PostFormAsync("/goals/new", "goal", fields);

        var refused = Regex.Matches(await response.Content.ReadAsStringAsync(), "<div class=\"validation-message\">(.*?)</div>").Select(m => m.Groups[1].Value);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("\n", refused));
        var goal = await pages.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Write the onboarding guide for the payments service", goal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoldingAMeetingDaysAway_SaysWhyNextToTheButton_AndWhenItCanBeHeld()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee", new
        {
            withPersonId = org["employee"], cadence = "Weekly", weekday = DateTime.UtcNow.AddDays(3).DayOfWeek.ToString(), localTime = "10:00:00", durationMinutes = 30,
        });
        var url = $"/one-on-ones/meetings/{series.NextMeeting()}";
        using var pages = await org.PagesAsync("manager");
        var page = await pages.GetHtmlAsync(url);

        var html = await (await pages.PostFormAsync(url, "hold", HtmlForms.Defaults(page, "hold"))).Content.ReadAsStringAsync();

        Assert.Contains("can be marked held from 12 hours before it starts", page, StringComparison.Ordinal);
        Assert.Matches("role=\"alert\"><p>This meeting starts in more than 12 hours", html);
        Assert.DoesNotContain("Check the highlighted field", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GiveFeedback_UnknownEmail_SaysSoNextToTheField_AndKeepsTheText()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var html = await (await pages.PostFormAsync("/feedback/give", "give", new()
        {
            ["Input.To"] = "nobody@example.org", ["Input.Kind"] = "Praise", ["Input.Text"] = "The release notes you wrote saved us an hour of questions.",
            ["Input.Visibility"] = "ToPerson",
        })).Content.ReadAsStringAsync();

        Assert.Contains("Nobody active in your organisation has the name or email “nobody@example.org”.", FieldOf(WebUtility.HtmlDecode(html), "to"), StringComparison.Ordinal);
        Assert.Contains("value=\"nobody@example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("The release notes you wrote saved us an hour of questions.</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingTopic_RefusedInOneSection_KeepsTheTextThereOnly_ThenAddedToThatSection()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var url = $"/one-on-ones/meetings/{series.NextMeeting()}";
        using var pages = await org.PagesAsync("manager");
        var page = await pages.GetHtmlAsync(url);
        var section = HtmlForms.Defaults(page, "add-1")["Topic.Section"];
        var tooLong = new string('x', 2_000);

        var refused = await (await pages.PostFormAsync(url, "add-1", new() { ["Topic.Section"] = section, ["Topic.Text"] = tooLong })).Content.ReadAsStringAsync();
        var added = await (await pages.PostFormAsync(url, "add-1", new() { ["Topic.Section"] = section, ["Topic.Text"] = "Laptop refresh" })).Content.ReadAsStringAsync();

        Assert.Single(Regex.Matches(refused, $"value=\"{tooLong}\""));
        Assert.Contains("aria-invalid=\"true\"", HtmlForms.FormHtml(refused, "add-1"), StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid", HtmlForms.FormHtml(refused, "add-0"), StringComparison.Ordinal);
        Assert.Contains("Laptop refresh", added, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Laptop refresh\"", added, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingNotes_Saved_SaysSo()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var url = $"/one-on-ones/meetings/{series.NextMeeting()}";
        using var pages = await org.PagesAsync("manager");
        var fields = HtmlForms.Defaults(await pages.GetHtmlAsync(url), "notes");
        fields["Notes.Text"] = "We agreed to pair on Fridays.";

        var html = await (await pages.PostFormAsync(url, "notes", fields)).Content.ReadAsStringAsync();

        Assert.Contains("role=\"status\"><p>Notes saved.</p>", html, StringComparison.Ordinal);
        Assert.Contains("We agreed to pair on Fridays.", html, StringComparison.Ordinal);
    }

    // A field's wrapper from its label to the end of the field: the input and its messages.
    private static string FieldOf(string html, string id)
    {
        var match = Regex.Match(html, $"<label for=\"{id}\">.*?<div class=\"validation-message\">.*?</div>", RegexOptions.Singleline);
        return match.Success ? match.Value : "";
    }

    [GeneratedRegex(@"The value '[^']*' is not valid for '[^']*'|The \S+ field must be a (number|date)")]
    private static partial Regex BinderMessage();
}

public sealed class FormPageTests_Sqlite() : FormPageTests(TandemApp.Sqlite);

public sealed class FormPageTests_Postgres() : FormPageTests(TandemApp.Postgres);
