using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Accounts;

public abstract class AccessTokenTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task PersonalAccessToken_WorksUntilRevoked_AndIsStoredOnlyAsHash()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");

        var created = await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/tokens", new { name = "Export script", expiresInDays = 30 }), HttpStatusCode.Created);
        var secret = created.GetProperty("token").GetString()!;
        var id = created.GetProperty("info").GetProperty("id").GetGuid();
        Assert.StartsWith("tdm_", secret, StringComparison.Ordinal);

        using var script = App.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var me = await JsonAsync(await script.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        Assert.Equal(org["employee"], me.GetProperty("personId").GetGuid());

        var stored = await org.DbAsync(db => db.AccessTokens.SingleAsync(t => t.Id == id));
        Assert.NotEqual(secret, stored.TokenHash);
        Assert.DoesNotContain(secret[10..], stored.TokenHash + stored.Hint, StringComparison.Ordinal);
        var listed = await (await employee.GetAsync("/api/v1/me/tokens")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await employee.DeleteAsync($"/api/v1/me/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task RevokeToken_OfSomeoneElse_404AndStillWorks()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");
        var created = await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/tokens", new { name = "Mine" }), HttpStatusCode.Created);
        var id = created.GetProperty("info").GetProperty("id").GetGuid();

        var peer = await org.ApiAsync("peer");
        await ProblemAsync(await peer.DeleteAsync($"/api/v1/me/tokens/{id}"), HttpStatusCode.NotFound);

        Assert.Null(await org.DbAsync(db => db.AccessTokens.Where(t => t.Id == id).Select(t => t.RevokedAt).SingleAsync()));
    }

    [Theory]
    [InlineData("", null, "Name")]
    [InlineData("Too long expiry", 500, "ExpiresInDays")]
    [InlineData("Zero days", 0, "ExpiresInDays")]
    public async Task CreateToken_BadInput_422FieldError_NothingWritten(string name, int? days, string field)
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");

        await ProblemAsync(await employee.PostAsJsonAsync("/api/v1/me/tokens", new { name, expiresInDays = days }), HttpStatusCode.UnprocessableEntity, field);

        Assert.Equal(0, await org.DbAsync(db => db.AccessTokens.CountAsync()));
    }

    [Fact]
    public async Task PersonalAccessToken_CannotCreateOrRevokeTokens()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");
        var created = await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/tokens", new { name = "Script" }), HttpStatusCode.Created);
        using var script = App.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("token").GetString());

        await ProblemAsync(await script.PostAsJsonAsync("/api/v1/me/tokens", new { name = "Forever" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await script.DeleteAsync($"/api/v1/me/tokens/{created.GetProperty("info").GetProperty("id")}"), HttpStatusCode.Forbidden);
        Assert.Equal(1, await org.DbAsync(db => db.AccessTokens.CountAsync()));
    }

    [Fact]
    public async Task UnknownToken_401()
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "tdm_thisTokenWasNeverIssued");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }
}

public sealed class AccessTokenTests_Sqlite() : AccessTokenTests(TandemApp.Sqlite);

public sealed class AccessTokenTests_Postgres() : AccessTokenTests(TandemApp.Postgres);
