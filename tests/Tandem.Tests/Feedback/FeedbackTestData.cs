using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Feedback;

/// <summary>Giving feedback through the API as the people of a <see cref="TestOrg"/>.</summary>
public static class FeedbackTestData
{
    public static async Task<JsonElement> GiveAsync(this TestOrg org, string giver, string receiver, string visibility = "ToPerson",
        string kind = "Praise", string text = "Your summary in the planning meeting on Tuesday made the trade-offs clear.", bool anonymous = false)
    {
        var response = await (await org.ApiAsync(giver)).PostAsJsonAsync("/api/v1/feedback", new
        {
            receiverId = org[receiver], kind, text, visibility, anonymous,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Giving feedback as {giver}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task AllowAnonymousAsync(this TestOrg org) =>
        org.DbAsync(db => db.Organizations.Where(o => o.Id == org.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.AllowAnonymousFeedback, true)));
}
