using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.Reviews;

namespace Tandem.Tests.Calibration;

/// <summary>A half-year cycle with calibration in its calibration phase, the managers' reviews in, as HR and managers would make it.</summary>
public static class CalibrationTestData
{
    /// <summary>
    /// The cycle, with the manager's reviews of the employee (rated 4) and the peer (rated 2) and the other manager's of the
    /// other (3) submitted, moved into calibration; its id.
    /// </summary>
    public static async Task<Guid> CalibratingCycleAsync(this TestOrg org)
    {
        var cycle = await org.OpenCycleAsync("half-year", calibration: true);
        await org.AdvanceToAsync(cycle, "ManagerReview");
        foreach (var (writer, subject, rating) in new[] { ("manager", "employee", 4), ("manager", "peer", 2), ("otherManager", "other", 3) })
        {
            var submitted = await org.AnswerAsync(writer, await org.ReviewOfAsync(writer, "Manager", subject), submit: true, rating: rating);
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        }
        await org.AdvanceToAsync(cycle, "Calibration");
        return cycle;
    }

    /// <summary>HR sets up a session of everyone below the manager (the employee and the peer), inviting the manager alone; its id.</summary>
    public static async Task<Guid> ManagersSessionAsync(this TestOrg org, Guid cycle, object? guideline = null)
    {
        var created = await (await org.ApiAsync("hr")).PostAsJsonAsync($"/api/v1/review-cycles/{cycle}/calibration-sessions", new
        {
            name = "Platform calibration", group = new { kind = "ManagerTree", ids = new[] { org["manager"] } }, participantIds = new[] { org["manager"] },
            inviteManagers = false, guideline,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The session's entry of a person, as the viewer reads it.</summary>
    public static async Task<JsonElement> EntryAsync(this TestOrg org, Guid session, string person, string viewer = "hr")
    {
        var board = await (await org.ApiAsync(viewer)).GetFromJsonAsync<JsonElement>($"/api/v1/calibration-sessions/{session}");
        return board.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("personId").GetGuid() == org[person]);
    }
}
