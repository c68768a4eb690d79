using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Tandem.Tests.Http;

/// <summary>
/// Generates bad requests for an operation of the OpenAPI document: path and query values of the wrong type,
/// unknown enum values, malformed JSON, no body, JSON null, null or a wrong-typed value for any member of the
/// body, CSV that isn't; and plausible-but-odd requests, so that generated values also reach the services.
/// </summary>
public sealed class BadRequestGenerator(ApiDocument document, IdPool ids)
{
    private static readonly string[] MalformedJson = ["{\"a\":", "{", "[", "}", "nul", "{\"a\":1,}", "{'a':1}", "\"\\ud800\"", "{\"a\" 1}", "\u0000"];
    private static readonly string[] OtherJsonKinds = ["[]", "123", "\"text\"", "true", "[{}]", "{}"];
    private static readonly string[] NotCsv =
        ["", "\n\n\n", "name,email\n", "a,b,c\n\"unclosed,x\n", "\u0000\u0001\u0002", "name;email\nAda;ada@x.test", "{\"name\":1}", new string(',', 5_000)];

    private readonly SchemaValues _values = new(document, ids);

    public Gen<ApiRequest> For(ApiOperation op)
    {
        var choices = new List<(int, Gen<ApiRequest>)>
        {
            (1, Make(op, "plausible values", null, null, PlausibleBody(op))),
            (1, Make(op, "unknown query parameters", null, null, PlausibleBody(op), extraQuery: "&limit=abc&status=Bogus&unknown=%00")),
        };
        var paths = op.Parameters.Where(p => p.In == "path").Select(p => p.Name).ToArray();
        var queries = op.Parameters.Where(p => p.In == "query").Select(p => p.Name).ToArray();
        if (paths.Length > 0)
            choices.Add((2, Gen.Elements(paths).SelectMany(name => Make(op, $"path {name} of the wrong type", name, null, PlausibleBody(op)))));
        if (queries.Length > 0)
            choices.Add((4, Gen.Elements(queries).SelectMany(name => Make(op, $"query {name} of the wrong type", null, name, PlausibleBody(op)))));
        if (op.JsonBody is { } schema)
        {
            choices.Add((1, Make(op, "empty body", null, null, Gen.Constant(Body.Json("")))));
            choices.Add((1, Make(op, "JSON null", null, null, Gen.Constant(Body.Json("null")))));
            choices.Add((2, Make(op, "malformed JSON", null, null, Gen.Elements(MalformedJson).Select(Body.Json))));
            choices.Add((1, Make(op, "another JSON kind", null, null, Gen.Elements(OtherJsonKinds).Select(Body.Json))));
            choices.Add((1, Make(op, "not JSON media type", null, null, PlausibleBody(op).Select(b => b with { MediaType = "text/plain" }))));
            choices.Add((5, Mutated(op, schema, wrongType: false)));
            choices.Add((5, Mutated(op, schema, wrongType: true)));
        }
        else if (op.CsvBody)
        {
            choices.Add((4, Make(op, "not CSV", null, null, Gen.Elements(NotCsv).Select(Body.Csv))));
        }
        else if (op.Method is "POST" or "PUT" or "DELETE")
        {
            choices.Add((1, Make(op, "a body nobody asked for", null, null, Gen.Elements(MalformedJson).Select(Body.Json))));
        }
        return Gen.Frequency(choices.ToArray());
    }

    // A plausible body with one member or list item set to null or to a value of another type.
    private Gen<ApiRequest> Mutated(ApiOperation op, System.Text.Json.JsonElement schema, bool wrongType) =>
        from body in _values.Plausible(schema, op.Area)
        from pick in Gen.Choose(0, int.MaxValue)
        from request in Make(op, "", null, null, Gen.Constant(Body.Json("")))
        select Mutate(request, body, schema, pick, wrongType);

    private ApiRequest Mutate(ApiRequest request, JsonNode? body, System.Text.Json.JsonElement schema, int pick, bool wrongType)
    {
        var slots = _values.Slots(body, schema);
        if (slots.Count == 0)
            return request with { Body = wrongType ? "\"text\"" : "null", Kind = wrongType ? "body of the wrong type" : "JSON null" };
        var slot = slots[pick % slots.Count];
        var wrong = _values.Wrong(slot.Schema);
        slot.Set(wrongType ? wrong[pick / slots.Count % wrong.Length]?.DeepClone() : null);
        return request with
        {
            Body = body?.ToJsonString() ?? "null",
            Kind = wrongType ? $"{slot.Path} of the wrong type" : $"{slot.Path} null",
        };
    }

    private Gen<Body> PlausibleBody(ApiOperation op) =>
        op.JsonBody is { } schema ? _values.Plausible(schema, op.Area).Select(b => Body.Json(b?.ToJsonString() ?? "null"))
        : op.CsvBody ? Gen.Elements(NotCsv).Select(Body.Csv)
        : Gen.Constant(new Body(null, null));

    private Gen<ApiRequest> Make(ApiOperation op, string kind, string? wrongPath, string? wrongQuery, Gen<Body> body, string extraQuery = "") =>
        from path in Gen.CollectToArray(op.Parameters.Where(p => p.In == "path")
            .Select(p => (p.Name == wrongPath ? Wrong(p) : Plausible(op, p)).Select(v => (p.Name, Value: v))))
        from query in Gen.CollectToArray(op.Parameters.Where(p => p.In == "query")
            .Select(p => (p.Name == wrongQuery ? Wrong(p).Select(v => (string?)v) : Optional(op, p)).Select(v => (p.Name, Value: v))))
        from b in body
        select new ApiRequest(op.Method, Url(op.Path, path, query, extraQuery), b.Text, b.MediaType, kind);

    // Mostly left out, so that the one bad value is what the request is judged by; a cursor only when it is the bad value.
    private Gen<string?> Optional(ApiOperation op, ApiParameter parameter) =>
        parameter.Name.Equals("after", StringComparison.OrdinalIgnoreCase)
            ? Gen.Constant<string?>(null)
            : Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Plausible(op, parameter).Select(v => (string?)v)));

    private Gen<string> Plausible(ApiOperation op, ApiParameter parameter)
    {
        var schema = document.Resolve(parameter.Schema);
        var kind = ApiDocument.Kind(schema);
        // Imports only ever try: a generated file must never replace the test organisation's people.
        if (parameter.Name == "dryRun") return Gen.Constant("true");
        if (kind == "enum") return Gen.Elements(schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray());
        if (kind == "integer" && parameter.In == "path") return Gen.Elements("1", "3", "5");
        return _values.PlausibleText(ApiDocument.Format(schema), op.Area, kind);
    }

    private Gen<string> Wrong(ApiParameter parameter)
    {
        var schema = document.Resolve(parameter.Schema);
        return SchemaValues.WrongText(ApiDocument.Kind(schema), ApiDocument.Format(schema));
    }

    private static string Url(string template, (string Name, string Value)[] path, (string Name, string? Value)[] query, string extraQuery)
    {
        var url = path.Aggregate(template, (u, p) => u.Replace("{" + p.Name + "}", Uri.EscapeDataString(p.Value), StringComparison.Ordinal));
        var pairs = query.Where(q => q.Value is not null).Select(q => $"{Uri.EscapeDataString(q.Name)}={Uri.EscapeDataString(q.Value!)}").ToList();
        var text = string.Join('&', pairs) + extraQuery;
        return text.Length == 0 ? url : $"{url}?{text.TrimStart('&')}";
    }
}

/// <summary>One generated request, and what kind of bad it is.</summary>
public sealed record ApiRequest(string Method, string Url, string? Body, string? MediaType, string Kind)
{
    public override string ToString()
    {
        var body = Body is null ? "" : $" {MediaType}: {(Body.Length > 300 ? Body[..300] + "…" : Body)}";
        return $"{Method} {(Url.Length > 300 ? Url[..300] + "…" : Url)} [{Kind}]{body}";
    }
}

/// <summary>A request body and its media type; none when both are null.</summary>
public sealed record Body(string? Text, string? MediaType)
{
    public static Body Json(string text) => new(text, "application/json");
    public static Body Csv(string text) => new(text, "text/csv");
}
