using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>Setting up 1:1s through the API as the people of a <see cref="TestOrg"/>.</summary>
public static class OneOnOneTestData
{
    /// <summary>A weekly series set up by <paramref name="who"/> with <paramref name="with"/>.</summary>
    public static async Task<JsonElement> CreateSeriesAsync(this TestOrg org, string who, string with, object? overrides = null)
    {
        var client = await org.ApiAsync(who);
        var response = await client.PostAsJsonAsync("/api/v1/one-on-ones", overrides ?? new
        {
            withPersonId = org[with], cadence = "Weekly", weekday = "Tuesday", localTime = "10:00:00", durationMinutes = 30,
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating a 1:1 as {who}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid Id(this JsonElement json) => json.GetProperty("id").GetGuid();

    /// <summary>The next scheduled meeting of a series.</summary>
    public static Guid NextMeeting(this JsonElement series) => series.GetProperty("next").GetProperty("id").GetGuid();

    /// <summary>Moves a meeting to an hour from now, so it can be held in a test.</summary>
    public static async Task MoveToSoonAsync(HttpClient client, Guid meetingId)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/reschedule", new { startsAt = DateTimeOffset.UtcNow.AddHours(1), reason = "Earlier" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static IEnumerable<JsonElement> Topics(this JsonElement meeting) =>
        meeting.GetProperty("agenda").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray());

    public static async Task<JsonElement> AddTopicAsync(HttpClient client, Guid meetingId, string text, bool isPrivate = false)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/topics", new { text, isPrivate });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
