using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Reviews;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Reviews;

/// <summary>
/// HR's review setup pages without JavaScript: the template editor adds and removes questions without losing what was
/// typed, refuses next to the field, and versions a template in use; the new-cycle form sets every kind of population
/// and per-department templates. The manager links the 1:1 where the two talk a review through from its page.
/// </summary>
public abstract class ReviewSetupPageTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task TemplateEditor_AddsAQuestion_KeepsWhatWasTyped_RefusesItEmpty_ThenSavesANewVersionOfATemplateInUse()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        var template = await org.DbAsync(db => db.ReviewCycles.Where(c => c.Id == cycle).Select(c => c.TemplateId).SingleAsync());
        using var pages = await org.PagesAsync("hr");
        var url = $"/admin/reviews/templates/{template}";
        var fields = HtmlForms.Defaults(await pages.GetHtmlAsync(url), "template");
        Assert.Equal("Quarterly conversation", fields["Form.Name"]);
        Assert.Equal("What went well this period, and what made it work?", fields["Form.Sections[0].Questions[0].Text"]);

        fields["Form.Name"] = "Quarterly talk";
        fields["Form.Action"] = "add-question:0";
        var added = WebUtility.HtmlDecode(await (await pages.PostFormAsync(url, "template", fields)).Content.ReadAsStringAsync());
        Assert.Contains("value=\"Quarterly talk\"", added, StringComparison.Ordinal);
        fields = HtmlForms.Defaults(added, "template");
        Assert.Equal("", fields["Form.Sections[0].Questions[2].Text"]);

        fields["Form.Action"] = "save";
        var refused = WebUtility.HtmlDecode(await (await pages.PostFormAsync(url, "template", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Question is required.", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Quarterly talk\"", refused, StringComparison.Ordinal);

        fields["Form.Sections[0].Questions[2].Text"] = "Which piece of feedback changed how you worked?";
        var saved = await pages.PostFormAsync(url, "template", fields);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var versions = await org.DbAsync(db => db.ReviewTemplates.Where(t => t.FamilyId == template).OrderBy(t => t.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal("Quarterly conversation", versions[0].Name); // the open cycle keeps the questions it opened with
        Assert.Equal(2, versions[0].Content.Sections[0].Questions.Count);
        Assert.Equal("Which piece of feedback changed how you worked?", versions[1].Content.Sections[0].Questions[2].Text);
        Assert.Contains("as version 2", WebUtility.HtmlDecode(await pages.GetHtmlAsync("/admin/reviews/templates")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewTemplate_FromTheBlankForm_SaysWhatIsMissing_AndSavesOnceNamed()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("hr");
        const string url = "/admin/reviews/templates/new";
        var fields = HtmlForms.Defaults(await pages.GetHtmlAsync(url), "template");
        var refused = WebUtility.HtmlDecode(await (await pages.PostFormAsync(url, "template", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Name is required.", refused, StringComparison.Ordinal);
        Assert.Contains("Question is required.", refused, StringComparison.Ordinal);

        fields["Form.Name"] = "Engineering check-in";
        fields["Form.Sections[0].Questions[0].Text"] = "What did you ship, and what did it change?";
        fields["Form.Sections[0].Questions[0].Kind"] = "Rating";
        var ratedWithoutScale = WebUtility.HtmlDecode(await (await pages.PostFormAsync(url, "template", fields)).Content.ReadAsStringAsync());
        Assert.Contains("no rating scale", ratedWithoutScale, StringComparison.Ordinal);

        fields["Form.Scale"] = "Not yet\nOn track\nAhead";
        Assert.Equal(HttpStatusCode.Found, (await pages.PostFormAsync(url, "template", fields)).StatusCode);
        var made = await org.DbAsync(db => db.ReviewTemplates.SingleAsync(t => t.Name == "Engineering check-in"));
        Assert.Equal(["Not yet", "On track", "Ahead"], made.Scale);
        Assert.Equal(ReviewWriters.Self | ReviewWriters.Manager, made.Content.Sections[0].For);
    }

    [Fact]
    public async Task NewCycle_SetsAManagersTree_OrDepartments_WithATemplatePerDepartment_AndSaysWhatIsMissing()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var department = (await JsonAsync(await hr.PostAsJsonAsync("/api/v1/departments", new { name = "Engineering" }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var annual = await org.AddStarterAsync("annual");
        var probation = await org.AddStarterAsync("probation");
        using var pages = await org.PagesAsync("hr");
        const string url = "/admin/reviews/new";
        var fields = HtmlForms.Defaults(await pages.GetHtmlAsync(url), "cycle");

        fields["Input.Who"] = "Departments";
        var refused = WebUtility.HtmlDecode(await (await pages.PostFormAsync(url, "cycle", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Choose one or more departments", refused, StringComparison.Ordinal);

        fields["Input.Who"] = "ManagerTree";
        fields["Input.Manager"] = "Nobody Here";
        refused = WebUtility.HtmlDecode(await (await pages.PostFormAsync(url, "cycle", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Nobody active in your organisation", refused, StringComparison.Ordinal);

        fields["Input.Manager"] = org.Email("manager");
        fields["Input.TemplateId"] = annual.ToString();
        fields[$"Input.DepartmentTemplates[{department}]"] = probation.ToString();
        Assert.Equal(HttpStatusCode.Found, (await pages.PostFormAsync(url, "cycle", fields)).StatusCode);
        var cycle = await org.DbAsync(db => db.ReviewCycles.SingleAsync());
        Assert.Equal(PopulationKind.ManagerTree, cycle.Population.Kind);
        Assert.Equal([org["manager"]], cycle.Population.Ids);
        Assert.Equal(annual, cycle.TemplateId);
        Assert.Equal([new DepartmentTemplate(department, probation)], cycle.DepartmentTemplates.Items);
        var preview = await JsonAsync(await hr.GetAsync($"/api/v1/review-cycles/{cycle.Id}/preview"), HttpStatusCode.OK);
        Assert.Equal(2, preview.GetProperty("people").GetInt32()); // Emma and Pat, below Max
    }

    [Fact]
    public async Task Conversation_LinkedFromTheReviewPage_IsShownToTheTwo()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        await org.AdvanceToAsync(cycle, "ManagerReview");
        await JsonAsync(await org.AnswerAsync("manager", await org.ReviewOfAsync("manager", "Manager", "employee"), submit: true), HttpStatusCode.OK);
        var url = $"/reviews/cycles/{cycle}/people/{org["employee"]}";
        using var manager = await org.PagesAsync("manager");
        var fields = HtmlForms.Defaults(await manager.GetHtmlAsync(url), "conversation");
        Assert.Equal(meeting.ToString(), fields["MeetingId"]);

        var linked = WebUtility.HtmlDecode(await (await manager.PostFormAsync(url, "conversation", fields)).Content.ReadAsStringAsync());
        Assert.Contains("The review is on that 1:1's agenda.", linked, StringComparison.Ordinal);
        Assert.Contains($"href=\"/one-on-ones/meetings/{meeting}\"", linked, StringComparison.Ordinal);
        await JsonAsync(await (await org.ApiAsync("manager")).PostAsync($"/api/v1/review-cycles/{cycle}/people/{org["employee"]}/release", null), HttpStatusCode.OK);
        using var employee = await org.PagesAsync("employee");
        Assert.Contains("You talk it through in your 1:1 on", WebUtility.HtmlDecode(await employee.GetHtmlAsync(url)), StringComparison.Ordinal);
        using var hr = await org.PagesAsync("hr");
        Assert.DoesNotContain("/one-on-ones/meetings/", await hr.GetHtmlAsync(url), StringComparison.Ordinal);
    }
}

public sealed class ReviewSetupPageTests_Sqlite() : ReviewSetupPageTests(TandemApp.Sqlite);

public sealed class ReviewSetupPageTests_Postgres() : ReviewSetupPageTests(TandemApp.Postgres);
