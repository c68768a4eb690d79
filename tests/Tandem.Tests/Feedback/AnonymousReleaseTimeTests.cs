using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Feedback;

/// <summary>
/// On a fake clock: a batch that reaches the threshold is released at the next midnight (UTC), not when the last
/// giver sends, and every item in it shows that time; the themes and balance carry no item's own time.
/// </summary>
public sealed class AnonymousReleaseTimeTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 10, 23, 30, 22, TimeSpan.Zero));
    private readonly TandemApp _app;

    public AnonymousReleaseTimeTests() =>
        _app = TandemApp.StartSeparate(new() { ["Feedback:ReleaseImmediately"] = "false" }, services: s => s.AddSingleton<TimeProvider>(_time));

    [Fact]
    public async Task ThresholdReached_HiddenUntilMidnight_ThenAllShowTheReleaseTime()
    {
        var org = await TestOrg.CreateAsync(_app);
        await org.AllowAnonymousAsync();
        await org.AddPersonAsync("third", "Theo Thirdperson", "manager");
        foreach (var giver in new[] { "employee", "peer", "third" })
        {
            await (await org.ApiAsync(giver)).PostAsJsonAsync("/api/v1/feedback",
                new { receiverId = org["manager"], kind = "Praise", text = $"Thanks from {giver}", theme = "clarity", anonymous = true });
            _time.Advance(TimeSpan.FromMinutes(7));
        }
        var manager = await org.ApiAsync("manager");
        Assert.Empty((await manager.GetFromJsonAsync<JsonElement>("/api/v1/feedback/received")).GetProperty("items").EnumerateArray());

        _time.Advance(TimeSpan.FromMinutes(30)); // past midnight

        var items = (await manager.GetFromJsonAsync<JsonElement>("/api/v1/feedback/received")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        var midnight = new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero);
        Assert.All(items, i => Assert.Equal(midnight, i.GetProperty("at").GetDateTimeOffset()));
        var theme = Assert.Single((await manager.GetFromJsonAsync<JsonElement>($"/api/v1/people/{org["manager"]}/feedback-themes")).EnumerateArray());
        Assert.Equal(midnight, theme.GetProperty("last").GetDateTimeOffset());
    }

    public void Dispose() => _app.Dispose();
}
