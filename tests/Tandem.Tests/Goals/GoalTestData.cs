using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Goals;

/// <summary>Creating goals through the API as the people of a <see cref="TestOrg"/>.</summary>
public static class GoalTestData
{
    public static async Task<JsonElement> CreateGoalAsync(this TestOrg org, string who, object body)
    {
        var client = await org.ApiAsync(who);
        var response = await client.PostAsJsonAsync("/api/v1/goals", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating a goal as {who}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid GoalId(this JsonElement details) => details.GetProperty("goal").GetProperty("id").GetGuid();

    public static Guid KeyResultId(this JsonElement details, int index = 0) =>
        details.GetProperty("keyResults")[index].GetProperty("id").GetGuid();

    public static long KeyResultVersion(this JsonElement details, int index = 0) =>
        details.GetProperty("keyResults")[index].GetProperty("version").GetInt64();

    public static double Progress(this JsonElement details) => details.GetProperty("goal").GetProperty("progress").GetDouble();

    public static object Metric(string title, double start, double target, double weight = 1) =>
        new { title, kind = "Metric", start, target, weight };
}
