using System.Net;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Pages;

/// <summary>Pages with an id in their address answer 404 for what does not exist or the viewer may not see.</summary>
public abstract class NotFoundPageTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("employee", "/people/{id}")]
    [InlineData("hr", "/people/{id}/edit")]
    [InlineData("employee", "/people/{id}/plan")]
    [InlineData("employee", "/people/{id}/capabilities")]
    [InlineData("hr", "/development/profiles/{id}")]
    [InlineData("employee", "/goals/{id}")]
    [InlineData("employee", "/goals/{id}/edit")]
    [InlineData("employee", "/one-on-ones/{id}")]
    [InlineData("employee", "/one-on-ones/{id}/settings")]
    [InlineData("employee", "/one-on-ones/meetings/{id}")]
    [InlineData("manager", "/one-on-ones/templates/{id}")]
    public async Task UnknownId_404Page(string who, string url)
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync(who);

        var response = await pages.GetAsync(url.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/one-on-ones/{series}")]
    [InlineData("/one-on-ones/{series}/settings")]
    [InlineData("/one-on-ones/meetings/{meeting}")]
    [InlineData("/people/{employee}/plan")]
    public async Task NotAParticipant_404Page(string url)
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        using var pages = await org.PagesAsync("other");

        var response = await pages.GetAsync(url
            .Replace("{series}", series.Id().ToString(), StringComparison.Ordinal)
            .Replace("{meeting}", series.NextMeeting().ToString(), StringComparison.Ordinal)
            .Replace("{employee}", org["employee"].ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class NotFoundPageTests_Sqlite() : NotFoundPageTests(TandemApp.Sqlite);

public sealed class NotFoundPageTests_Postgres() : NotFoundPageTests(TandemApp.Postgres);
