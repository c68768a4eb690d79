using System.Text.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Http;

/// <summary>
/// The OpenAPI document lists the statuses an operation's handler signature declares (its typed results) and those the
/// framework gives (401 without a credential; 403 for a role or a read-only token; 400 for a query or body that can't be
/// read; 422 for a body missing a required member; 429 from a rate limit) — and no others.
/// </summary>
public sealed class ApiStatusesTests
{
    private static readonly Lazy<Task<JsonElement>> Document = new(async () =>
    {
        using var client = TandemApp.Sqlite.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.Clone();
    });

    [Theory]
    // Deleting breaks no field rule and has no body to read; it conflicts with a running improvement plan that holds the goal.
    [InlineData("DeleteGoal", "204 401 403 404 409")]
    [InlineData("UpdateGoal", "200 400 401 403 404 409 422")]
    [InlineData("GetGoal", "200 401 404")]
    // A list: 400 for a cursor that is not the list's; nothing to find, so no 404.
    [InlineData("ListPeople", "200 400 401")]
    [InlineData("ListGoalComments", "200 400 401 404")]
    // Sharing one's own plan can't fail: only the framework's answers.
    [InlineData("ShareDevelopmentPlan", "200 400 401 403")]
    [InlineData("HoldMeeting", "200 401 403 404 409 422")]
    [InlineData("ImportGoals", "200 400 401 403 413 422")]
    [InlineData("ExportGoals", "200 401 403")]
    // Anonymous, so no 401 or 403 of the framework's; the sign-in rate limit's 429.
    [InlineData("AcceptInvitation", "204 400 404 409 422 429")]
    [InlineData("Login", "200 400 401 422 429")]
    public async Task Operation_ListsTheStatusesOfItsSignatureAndTheFramework(string operationId, string statuses)
    {
        var operation = Operation(await Document.Value, operationId);

        var listed = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal);

        Assert.Equal(statuses, string.Join(' ', listed));
    }

    [Fact]
    public async Task Export_IsDocumentedAsCsv_AndRejectedImportAsItsReport()
    {
        var document = await Document.Value;

        var export = Operation(document, "ExportPeople").GetProperty("responses").GetProperty("200").GetProperty("content");
        var rejected = Operation(document, "ImportPeople").GetProperty("responses").GetProperty("422").GetProperty("content");

        Assert.True(export.TryGetProperty("text/csv", out _), export.ToString());
        Assert.Equal("#/components/schemas/ImportReport", rejected.GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    private static JsonElement Operation(JsonElement document, string operationId) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
            .Single(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("operationId", out var id) && id.GetString() == operationId).Value;
}
