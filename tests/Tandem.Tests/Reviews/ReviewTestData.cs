using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Reviews;

/// <summary>A review cycle over a test organisation, made through the API as HR would make it.</summary>
public static class ReviewTestData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A starter template of the library, added by HR; its id.</summary>
    public static async Task<Guid> AddStarterAsync(this TestOrg org, string key = "annual")
    {
        var hr = await org.ApiAsync("hr");
        var response = await hr.PostAsJsonAsync("/api/v1/review-templates/library", new { key });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static object Cycle(Guid template, string name = "2026 annual", bool peers = false, bool upward = false, bool calibration = false,
        string kind = "Annual", object? population = null) => new
    {
        name, kind, periodStart = Today.AddDays(-90), periodEnd = Today, templateId = template, peerReviews = peers, upwardReviews = upward, calibration,
        population = population ?? new { kind = "Organization" },
        dates = new
        {
            selfReviewDue = Today.AddDays(7), nominationDue = Today.AddDays(10), peerReviewDue = Today.AddDays(14), managerReviewDue = Today.AddDays(21),
            calibrationDue = Today.AddDays(25), releaseOn = Today.AddDays(28), acknowledgeDue = Today.AddDays(35),
        },
    };

    /// <summary>A cycle over the whole organisation, opened (self reviews running); its id.</summary>
    public static async Task<Guid> OpenCycleAsync(this TestOrg org, string template = "annual", bool peers = false, bool upward = false, bool calibration = false)
    {
        var hr = await org.ApiAsync("hr");
        var created = await hr.PostAsJsonAsync("/api/v1/review-cycles", Cycle(await org.AddStarterAsync(template), peers: peers, upward: upward, calibration: calibration));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var opened = await hr.PostAsJsonAsync($"/api/v1/review-cycles/{id}/open", new { version = 0 });
        Assert.True(opened.StatusCode == HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>HR moves the cycle on until it is in this phase.</summary>
    public static async Task AdvanceToAsync(this TestOrg org, Guid cycle, string phase)
    {
        var hr = await org.ApiAsync("hr");
        for (var i = 0; i < 8; i++)
        {
            var info = await hr.GetFromJsonAsync<JsonElement>($"/api/v1/review-cycles/{cycle}");
            if (info.GetProperty("phase").GetString() == phase) return;
            var moved = await hr.PostAsJsonAsync($"/api/v1/review-cycles/{cycle}/advance", new { version = info.GetProperty("version").GetInt64() });
            Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        }
        Assert.Fail($"The cycle never reached {phase}.");
    }

    /// <summary>The id of the review this person writes of that kind (about the subject, when given).</summary>
    public static async Task<Guid> ReviewOfAsync(this TestOrg org, string writer, string kind, string? subject = null)
    {
        var mine = await (await org.ApiAsync(writer)).GetFromJsonAsync<JsonElement>("/api/v1/me/reviews");
        return mine.GetProperty("toWrite").EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == kind && (subject is null || r.GetProperty("subjectId").GetGuid() == org[subject]))
            .GetProperty("reviewId").GetGuid();
    }

    /// <summary>Answers every question of the review with text (citing <paramref name="cites"/>), the rating, and every rated item rated; then submits or saves.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(this TestOrg org, string writer, Guid review, bool submit, string text = "Shipped the billing migration a week early by splitting it into three safe steps.", int rating = 3,
        object[]? cites = null)
    {
        var client = await org.ApiAsync(writer);
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reviews/{review}");
        var goals = details.GetProperty("goals").EnumerateArray().Select(g => new { id = g.GetProperty("id").GetGuid(), rating }).ToArray();
        var capabilities = details.GetProperty("capabilities").EnumerateArray().Select(g => new { id = g.GetProperty("id").GetGuid(), rating }).ToArray();
        var answers = details.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("questions").EnumerateArray()).Select(q =>
        {
            var key = q.GetProperty("key").GetString()!;
            return q.GetProperty("kind").GetString() switch
            {
                "Rating" => new { key, text = (string?)null, rating = (int?)rating, items = (object[]?)null, cites = (object[]?)null },
                "GoalScores" => new { key, text = (string?)null, rating = (int?)null, items = (object[]?)(goals.Length > 0 ? goals : null), cites = (object[]?)null },
                "Competencies" => new { key, text = (string?)null, rating = (int?)null, items = (object[]?)(capabilities.Length > 0 ? capabilities : null), cites = (object[]?)null },
                _ => new { key, text = (string?)text, rating = (int?)null, items = (object[]?)null, cites },
            };
        }).ToArray();
        var body = new { answers, version = details.GetProperty("version").GetInt64() };
        return submit ? await client.PostAsJsonAsync($"/api/v1/reviews/{review}/submit", body) : await client.PutAsJsonAsync($"/api/v1/reviews/{review}", body);
    }
}
