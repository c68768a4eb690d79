using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Data.Demo;
using Tandem.Features.People;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

/// <summary>The demo organisation that a first start seeds: big enough to explore, with the three demo accounts.</summary>
public sealed class DemoOrganizationTests : IDisposable
{
    private readonly TandemApp _app = TandemApp.StartSeparate(new() { ["Demo:Seed"] = "true" });

    [Fact]
    public async Task FirstStart_SeedsAboutSixtyPeopleOverFourLevels_WithTheDemoAccounts()
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        var org = await db.Organizations.SingleAsync(o => o.Slug == DemoOrganization.Slug);
        db.TenantId = org.Id;

        var people = await db.People.CountAsync();
        Assert.InRange(people, 55, 65);
        Assert.Equal(3, await db.ReportingLines.MaxAsync(r => r.Depth));
        Assert.True(await db.Departments.CountAsync() >= 4);
        Assert.Equal(people, await db.ReportingLines.CountAsync(r => r.Depth == 0));

        using var client = _app.CreateClient();
        foreach (var email in new[] { DemoOrganization.EmployeeEmail, DemoOrganization.ManagerEmail, DemoOrganization.HrAdminEmail, DemoOrganization.PeerEmail })
        {
            var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoOrganization.Password });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }
        var manager = await db.People.SingleAsync(p => p.Email == DemoOrganization.ManagerEmail);
        Assert.True(await db.People.AnyAsync(p => p.Email == DemoOrganization.EmployeeEmail && p.ManagerId == manager.Id));
        Assert.Equal(PersonStatus.Active, manager.Status);
    }

    [Fact]
    public async Task DemoHrAdmin_HasEverySetupStepDone_SoNoChecklist()
    {
        using var pages = PageClient.Create(_app);
        await pages.SignInAsync(DemoOrganization.HrAdminEmail, DemoOrganization.Password);

        var home = await pages.GetHtmlAsync("/");

        Assert.Contains("Set up your organisation", home, StringComparison.Ordinal);
        Assert.DoesNotContain("setup-heading", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_HasFinishedCycles_OneCalibrated_AndOneInManagerReviews_ThatPriyaAndDanielSee()
    {
        using var client = _app.CreateClient();
        async Task<JsonElement> GetAsync(string email, string url)
        {
            var login = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoOrganization.Password })).Content.ReadFromJsonAsync<JsonElement>();
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new("Bearer", login.GetProperty("accessToken").GetString());
            return await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        }
        Task<JsonElement> MineAsync(string email) => GetAsync(email, "/api/v1/me/reviews");

        var priya = await MineAsync(DemoOrganization.EmployeeEmail);
        var released = priya.GetProperty("mine").EnumerateArray().ToList();
        Assert.Equal(2, released.Count);
        Assert.All(released, r => Assert.NotEqual(JsonValueKind.Null, r.GetProperty("acknowledgedAt").ValueKind));
        // The half-year check was calibrated: Engineering's session raised her 3 to a 4, with its reason; she sees the 4 alone.
        var calibrated = released.Single(r => r.GetProperty("cycle").GetString()!.EndsWith("-half check", StringComparison.Ordinal));
        var results = await GetAsync(DemoOrganization.EmployeeEmail,
            $"/api/v1/review-cycles/{calibrated.GetProperty("cycleId")}/people/{calibrated.GetProperty("personId")}");
        Assert.Equal(4, results.GetProperty("calibratedRating").GetInt32());
        Assert.Equal(JsonValueKind.Null, results.GetProperty("overallScore").ValueKind);
        var sessions = await GetAsync(DemoOrganization.ManagerEmail, "/api/v1/calibration-sessions");
        var session = Assert.Single(sessions.EnumerateArray());
        Assert.Equal("Engineering calibration", session.GetProperty("name").GetString());
        Assert.True(session.GetProperty("changed").GetInt32() >= 2);
        Assert.Empty((await GetAsync(DemoOrganization.EmployeeEmail, "/api/v1/calibration-sessions")).EnumerateArray());
        var daniel = await MineAsync(DemoOrganization.ManagerEmail);
        var draft = daniel.GetProperty("toWrite").EnumerateArray().Single(r => r.GetProperty("subject").GetString() == "Priya Raman");
        Assert.Equal("Manager", draft.GetProperty("kind").GetString());
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
        Assert.True(draft.GetProperty("writable").GetBoolean());
    }

    [Fact]
    public async Task SecondStart_DoesNotSeedAgain()
    {
        await using var scope = _app.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<DemoOrganization>().SeedIfEmptyAsync(default));
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<TandemDb>().Organizations.CountAsync());
    }

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Testing", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", "false", false)]
    public void Seeding_IsOnByDefaultInDevelopmentOnly(string environment, string? setting, bool expected)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Seed"] = setting }).Build();
        var hosting = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment };
        Assert.Equal(expected, DemoOrganization.IsEnabled(configuration, hosting));
    }

    public void Dispose() => _app.Dispose();
}
