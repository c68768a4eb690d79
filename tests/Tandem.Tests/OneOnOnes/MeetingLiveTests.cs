using System.Net;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>A meeting page's live stream (server-sent events) as the browser uses it.</summary>
public abstract class MeetingLiveTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Stream_ClientGoesAway_EndsQuietly()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        using var client = await org.PagesAsync("employee"); // pages take the sign-in cookie only
        var path = $"/one-on-ones/meetings/{meeting}/events";

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseHeadersRead, default);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("event: ready", await reader.ReadLineAsync());
            // Leaving here disposes the response: the client disconnects, as a closed tab does.
        }

        // The server notices the disconnect asynchronously; give it a moment to finish the requests.
        await Task.Delay(500);
        Assert.Empty(ErrorLog.ForRequestsTo(path));
    }
}

public sealed class MeetingLiveTests_Sqlite() : MeetingLiveTests(TandemApp.Sqlite);

public sealed class MeetingLiveTests_Postgres() : MeetingLiveTests(TandemApp.Postgres);
