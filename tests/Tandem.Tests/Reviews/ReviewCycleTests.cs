using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Reviews;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Reviews;

/// <summary>
/// Setting up and running a cycle: templates (versioned, weights that add up, ratings only with a scale), the cycle's
/// dates and overlap, preview and opening, and the phases each kind of review may be written in.
/// </summary>
public abstract class ReviewCycleTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Template_RatingWithoutAScale_OrWeightsNotAddingUp_AreRefusedOnTheirFields()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var rated = new { name = "Rated", scale = Array.Empty<string>(), sections = new[] { new { title = "Overall", @for = "Manager", questions = new[] { new { kind = "Rating", text = "How did it go?" } } } } };
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/review-templates", rated), HttpStatusCode.UnprocessableEntity, "Sections[0].Questions[0].Kind");
        var weighted = new
        {
            name = "Weighted", scale = new[] { "Low", "Mid", "High" },
            sections = new[]
            {
                new { title = "Goals", @for = "Manager", weight = 60, questions = new[] { new { kind = "Rating", text = "Goals?" } } },
                new { title = "Skills", @for = "Manager", weight = 30, questions = new[] { new { kind = "Rating", text = "Skills?" } } },
            },
        };
        var problem = await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/review-templates", weighted), HttpStatusCode.UnprocessableEntity, "Sections");
        Assert.Contains("add up to 90", problem.GetProperty("errors").GetProperty("Sections")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await org.DbAsync(db => db.ReviewTemplates.CountAsync()));

        // Potential is the manager's view, asked once: not in a section others answer, not twice.
        var selfPotential = new { name = "Potential", scale = new[] { "Low", "Mid", "High" },
            sections = new[] { new { title = "About you", @for = "Self, Manager", questions = new[] { new { kind = "Potential", text = "Potential?" } } } } };
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/review-templates", selfPotential), HttpStatusCode.UnprocessableEntity, "Sections[0].Questions[0].Kind");
        var twice = new { name = "Potential", scale = new[] { "Low", "Mid", "High" },
            sections = new[] { new { title = "Calibration", @for = "Manager", questions = new[] { new { kind = "Potential", text = "Potential?" }, new { kind = "Potential", text = "Again?" } } } } };
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/review-templates", twice), HttpStatusCode.UnprocessableEntity, "Sections");
        Assert.Equal(0, await org.DbAsync(db => db.ReviewTemplates.CountAsync()));

        var employee = await org.ApiAsync("employee");
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.PostAsJsonAsync("/api/v1/review-templates/library", new { key = "annual" })).StatusCode);
    }

    [Fact]
    public async Task Template_UsedByAnOpenCycle_IsSavedAsTheNextVersion_AndTheCycleKeepsItsOwn()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        var hr = await org.ApiAsync("hr");
        var template = (await hr.GetFromJsonAsync<JsonElement>("/api/v1/review-templates"))[0];
        var v1 = template.GetProperty("id").GetGuid();
        var changed = await JsonAsync(await hr.PutAsJsonAsync($"/api/v1/review-templates/{v1}", new
        {
            name = "Quarterly conversation", scale = Array.Empty<string>(),
            sections = new[] { new { title = "Looking ahead", @for = "Self, Manager", questions = new[] { new { kind = "ForwardLooking", text = "What next?", required = true } } } },
        }), HttpStatusCode.OK);

        Assert.Equal(2, changed.GetProperty("version").GetInt32());
        Assert.NotEqual(v1, changed.GetProperty("id").GetGuid());
        var self = await (await org.ApiAsync("employee")).GetFromJsonAsync<JsonElement>($"/api/v1/reviews/{await org.ReviewOfAsync("employee", "Self")}");
        Assert.Equal("Looking back", self.GetProperty("sections")[0].GetProperty("title").GetString());
        Assert.All(await org.DbAsync(db => db.ReviewParticipants.Where(p => p.CycleId == cycle).Select(p => p.TemplateId).ToListAsync()), id => Assert.Equal(v1, id));
        await ProblemAsync(await hr.PutAsJsonAsync($"/api/v1/review-templates/{v1}", new { name = "Old", sections = new[] { new { title = "A", @for = "Self", questions = new[] { new { kind = "Text", text = "Q" } } } } }),
            HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Cycle_DatesOutOfOrder_OrOverlappingAnotherOfItsKind_AreRefused()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var template = await org.AddStarterAsync();
        var today = ReviewTestData.Today;
        var backwards = new
        {
            name = "Backwards", kind = "Annual", periodStart = today.AddDays(-90), periodEnd = today, templateId = template, population = new { kind = "Organization" },
            dates = new { selfReviewDue = today.AddDays(14), managerReviewDue = today.AddDays(7), releaseOn = today.AddDays(20), acknowledgeDue = today.AddDays(30) },
        };
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/review-cycles", backwards), HttpStatusCode.UnprocessableEntity, "Dates.ManagerReviewDue");
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/review-cycles", WithoutNomination(template)),
            HttpStatusCode.UnprocessableEntity, "Dates.NominationDue");

        await JsonAsync(await hr.PostAsJsonAsync("/api/v1/review-cycles", ReviewTestData.Cycle(template)), HttpStatusCode.Created);
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/review-cycles", ReviewTestData.Cycle(template, "Second annual")), HttpStatusCode.UnprocessableEntity, "PeriodStart");
        await JsonAsync(await hr.PostAsJsonAsync("/api/v1/review-cycles", ReviewTestData.Cycle(template, "Ad hoc", kind: "AdHoc")), HttpStatusCode.Created);
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/review-cycles", ReviewTestData.Cycle(template, "Teams", population: new { kind = "Teams", ids = new[] { Guid.NewGuid() } })),
            HttpStatusCode.UnprocessableEntity, "Population.Ids");
        Assert.Equal(2, await org.DbAsync(db => db.ReviewCycles.CountAsync()));
    }

    private static object WithoutNomination(Guid template)
    {
        var today = ReviewTestData.Today;
        return new
        {
            name = "Peers", kind = "AdHoc", periodStart = today.AddDays(-90), periodEnd = today, templateId = template, peerReviews = true, population = new { kind = "Organization" },
            dates = new { selfReviewDue = today.AddDays(7), peerReviewDue = today.AddDays(14), managerReviewDue = today.AddDays(21), releaseOn = today.AddDays(28), acknowledgeDue = today.AddDays(35) },
        };
    }

    [Fact]
    public async Task Preview_ShowsWhoReviewsWhom_AndOpeningWritesEveryReviewOnce()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var created = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/review-cycles", ReviewTestData.Cycle(await org.AddStarterAsync(), upward: true)), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var preview = await JsonAsync(await hr.GetAsync($"/api/v1/review-cycles/{id}/preview"), HttpStatusCode.OK);
        Assert.Equal(7, preview.GetProperty("people").GetInt32());
        Assert.Equal(1, preview.GetProperty("withoutManager").GetInt32());
        Assert.Equal(6, preview.GetProperty("upwardReviews").GetInt32());  // ceo ← 3, manager ← 2, otherManager ← 1
        var emma = preview.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("personId").GetGuid() == org["employee"]);
        Assert.Equal("Max Manager", emma.GetProperty("manager").GetString());
        Assert.Equal(0, await org.DbAsync(db => db.Reviews.CountAsync()));

        var opened = await JsonAsync(await hr.PostAsJsonAsync($"/api/v1/review-cycles/{id}/open", new { version = 0 }), HttpStatusCode.OK);
        Assert.Equal(7, opened.GetProperty("count").GetInt32());
        Assert.Equal(7 + 6 + 6, await org.DbAsync(db => db.Reviews.CountAsync(r => r.CycleId == id)));
        await ProblemAsync(await hr.PostAsJsonAsync($"/api/v1/review-cycles/{id}/open", new { version = 1 }), HttpStatusCode.Conflict);
        Assert.Equal(7, await org.DbAsync(db => db.ReviewParticipants.CountAsync()));
    }

    [Fact]
    public async Task SelfReview_IsTheWritersAloneAsADraft_AndClosesWithItsPhase()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        var self = await org.ReviewOfAsync("employee", "Self");
        await JsonAsync(await org.AnswerAsync("employee", self, submit: false, text: "A private first draft"), HttpStatusCode.OK);

        foreach (var other in new[] { "manager", "hr", "peer", "ceo" })
            Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync(other)).GetAsync($"/api/v1/reviews/{self}")).StatusCode);
        var results = await JsonAsync(await (await org.ApiAsync("manager")).GetAsync($"/api/v1/review-cycles/{cycle}/people/{org["employee"]}"), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, results.GetProperty("self").ValueKind);
        Assert.DoesNotContain("private first draft", results.ToString(), StringComparison.Ordinal);

        await org.AdvanceToAsync(cycle, "ManagerReview");
        await ProblemAsync(await org.AnswerAsync("employee", self, submit: true), HttpStatusCode.Conflict);
        Assert.Equal(ReviewState.Draft, await org.DbAsync(db => db.Reviews.Where(r => r.Id == self).Select(r => r.State).SingleAsync()));
    }

    [Fact]
    public async Task Submit_NeedsRequiredAnswers_AndRatingsOnTheScale()
    {
        var org = await NewOrgAsync();
        await org.OpenCycleAsync("half-year");
        var self = await org.ReviewOfAsync("employee", "Self");
        var employee = await org.ApiAsync("employee");
        await ProblemAsync(await employee.PostAsJsonAsync($"/api/v1/reviews/{self}/submit", new { answers = Array.Empty<object>(), version = 0 }),
            HttpStatusCode.UnprocessableEntity, "s1q2");
        await ProblemAsync(await org.AnswerAsync("employee", self, submit: true, rating: 6), HttpStatusCode.UnprocessableEntity, "s1q2");
        await ProblemAsync(await employee.PutAsJsonAsync($"/api/v1/reviews/{self}", new { answers = new[] { new { key = "s9q9", text = "?" } }, version = 0 }),
            HttpStatusCode.UnprocessableEntity, "Answers[0]");
        Assert.Equal(ReviewState.NotStarted, await org.DbAsync(db => db.Reviews.Where(r => r.Id == self).Select(r => r.State).SingleAsync()));

        var submitted = await JsonAsync(await org.AnswerAsync("employee", self, submit: true, rating: 5), HttpStatusCode.OK);
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        await ProblemAsync(await org.AnswerAsync("employee", self, submit: false), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ManagerReview_CanBeDraftedEarly_ButSubmittedOnlyInItsPhase_BesideTheSelfReview()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        await JsonAsync(await org.AnswerAsync("employee", await org.ReviewOfAsync("employee", "Self"), submit: true, text: "I led the on-call rota redesign."), HttpStatusCode.OK);
        var review = await org.ReviewOfAsync("manager", "Manager", "employee");
        await JsonAsync(await org.AnswerAsync("manager", review, submit: false), HttpStatusCode.OK);
        await ProblemAsync(await org.AnswerAsync("manager", review, submit: true), HttpStatusCode.Conflict);

        await org.AdvanceToAsync(cycle, "ManagerReview");
        var details = await (await org.ApiAsync("manager")).GetFromJsonAsync<JsonElement>($"/api/v1/reviews/{review}");
        Assert.Contains("on-call rota", details.GetProperty("selfReview").ToString(), StringComparison.Ordinal);
        await JsonAsync(await org.AnswerAsync("manager", review, submit: true), HttpStatusCode.OK);
    }

    [Fact]
    public async Task LateJoiner_GetsTheirReviews_AndAnExcludedPersonLeavesMyList()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        var newcomer = await org.AddPersonAsync("newcomer", "Nia Newcomer", "manager");
        var hr = await org.ApiAsync("hr");
        await JsonAsync(await hr.PostAsJsonAsync($"/api/v1/review-cycles/{cycle}/participants", new { personId = newcomer.Id }), HttpStatusCode.OK);
        await ProblemAsync(await hr.PostAsJsonAsync($"/api/v1/review-cycles/{cycle}/participants", new { personId = newcomer.Id }), HttpStatusCode.UnprocessableEntity, "PersonId");
        Assert.True(await org.DbAsync(db => db.ReviewParticipants.AnyAsync(p => p.PersonId == newcomer.Id && p.JoinedLate)));
        await org.ReviewOfAsync("newcomer", "Self");

        await JsonAsync(await hr.DeleteAsync($"/api/v1/review-cycles/{cycle}/participants/{org["employee"]}"), HttpStatusCode.OK);
        var mine = await (await org.ApiAsync("employee")).GetFromJsonAsync<JsonElement>("/api/v1/me/reviews");
        Assert.DoesNotContain(mine.GetProperty("toWrite").EnumerateArray(), r => r.GetProperty("kind").GetString() == "Self");
    }

    [Fact]
    public async Task Export_StreamsOneRowPerPerson_ForHrOnly()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync();
        var csv = await (await org.ApiAsync("hr")).GetStringAsync($"/api/v1/review-cycles/{cycle}/export");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("person,email,department,manager", lines[0], StringComparison.Ordinal);
        Assert.Equal(8, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("Emma Employee,", StringComparison.Ordinal) && l.Contains("Max Manager", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await org.ApiAsync("manager")).GetAsync($"/api/v1/review-cycles/{cycle}/export")).StatusCode);
    }
}

public sealed class ReviewCycleTests_Sqlite() : ReviewCycleTests(TandemApp.Sqlite);

public sealed class ReviewCycleTests_Postgres() : ReviewCycleTests(TandemApp.Postgres);
