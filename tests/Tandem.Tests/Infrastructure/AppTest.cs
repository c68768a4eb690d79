using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tandem.Tests.Infrastructure;

/// <summary>
/// Base of integration tests. Each test class is abstract and has one subclass per database
/// (…_Sqlite, …_Postgres), so every data test runs on both.
/// </summary>
public abstract class AppTest(TandemApp app)
{
    protected TandemApp App { get; } = app;

    protected Task<TestOrg> NewOrgAsync(string name = "Test Org") => TestOrg.CreateAsync(App, name);

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem with this status and, when given, an error for this field.</summary>
    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response, status);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (field is not null)
        {
            Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"Expected an error for '{field}': {problem}");
        }
        return problem;
    }

    protected static Task<HttpResponseMessage> PutJsonAsync<T>(HttpClient client, string url, T body) => client.PutAsJsonAsync(url, body);
}
