using System.Text.Json;

namespace Tandem.Tests.Http;

/// <summary>The app's OpenAPI document (/openapi/v1.json), read as far as generating requests needs.</summary>
public sealed class ApiDocument
{
    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];
    private readonly JsonElement _schemas;

    private ApiDocument(JsonElement root)
    {
        _schemas = root.GetProperty("components").GetProperty("schemas");
        Operations = [.. root.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => Methods.Contains(o.Name))
            .Select(o => Operation(path.Name, o.Name, o.Value)))];
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    public static ApiDocument Parse(string json) => new(JsonDocument.Parse(json).RootElement.Clone());

    /// <summary>The schema itself: references followed, and of "one of null or X", the X.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
                schema = _schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
            else if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf) || schema.TryGetProperty("allOf", out oneOf))
                schema = oneOf.EnumerateArray().FirstOrDefault(s => Kind(s) != "null", oneOf[0]);
            else return schema;
        }
        return schema;
    }

    /// <summary>The JSON kind a schema describes ("object", "string", …), not counting "null".</summary>
    public static string Kind(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out _)) return "enum";
        if (!schema.TryGetProperty("type", out var type)) return schema.TryGetProperty("properties", out _) ? "object" : "any";
        if (type.ValueKind == JsonValueKind.String) return type.GetString()!;
        var kinds = type.EnumerateArray().Select(t => t.GetString()!).Where(t => t != "null").ToList();
        return kinds.Contains("integer") ? "integer" : kinds.Contains("number") ? "number" : kinds.FirstOrDefault() ?? "null";
    }

    public static string? Format(JsonElement schema) => schema.TryGetProperty("format", out var f) ? f.GetString() : null;

    private static ApiOperation Operation(string path, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.GetProperty("schema"))).ToList()
            : [];
        JsonElement? json = null;
        var csv = false;
        if (operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
        {
            if (content.TryGetProperty("application/json", out var media)) json = media.GetProperty("schema");
            csv = content.TryGetProperty("text/csv", out _);
        }
        return new ApiOperation(method.ToUpperInvariant(), path, parameters, json, csv);
    }
}

/// <summary>A parameter of an operation: in the path or the query, with its schema.</summary>
public sealed record ApiParameter(string Name, string In, JsonElement Schema);

/// <summary>An operation of the app's OpenAPI document and what a request to it may carry.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? JsonBody, bool CsvBody)
{
    /// <summary>The first segment after /api/v1/: ids harvested from this area's responses fit its paths best.</summary>
    public string Area => Path.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) ?? "";

    public override string ToString() => $"{Method} {Path}";
}
