using System.Net;
using System.Net.Http.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>Saving the same agenda template at the same moment: each save wins or sees a conflict, never a 500.</summary>
public abstract class TemplateConcurrencyTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task SavesAtTheSameMoment_EachSucceedsOrConflicts()
    {
        var org = await NewOrgAsync();
        var manager = await org.ApiAsync("manager");
        var hr = await org.ApiAsync("hr");
        var body = new { name = "Our weekly", sections = new[] { new { title = "Wins", minutes = 5 }, new { title = "Roadblocks", minutes = 10 } } };
        var id = (await JsonAsync(await manager.PostAsJsonAsync("/api/v1/meeting-templates", body), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var saves = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? manager : hr).PutAsJsonAsync($"/api/v1/meeting-templates/{id}", body)));

        Assert.All(saves, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)r.StatusCode}"));
        Assert.Contains(saves, r => r.StatusCode == HttpStatusCode.OK);
    }
}

public sealed class TemplateConcurrencyTests_Sqlite() : TemplateConcurrencyTests(TandemApp.Sqlite);

public sealed class TemplateConcurrencyTests_Postgres() : TemplateConcurrencyTests(TandemApp.Postgres);
