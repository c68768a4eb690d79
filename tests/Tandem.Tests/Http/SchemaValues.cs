using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Tandem.Tests.Http;

/// <summary>
/// JSON values for a schema of the OpenAPI document: plausible ones (of the right type, often at the edges:
/// empty, long, negative, far dates) and ones of the wrong type; and the places in a body where one can go.
/// </summary>
public sealed class SchemaValues(ApiDocument document, IdPool ids)
{
    private const int MaxDepth = 4;
    private static readonly string Long = new('x', 5_000);

    private static readonly JsonNode?[] WrongForString = [123, true, new JsonObject(), new JsonArray()];
    private static readonly JsonNode?[] WrongForId = ["abc", "", "00000000-0000-0000-0000-00000000000g", 123, new JsonObject()];
    private static readonly JsonNode?[] WrongForDate = ["not-a-date", "2026-02-30", "", 20260101, "2026-12-24T10:00:00Z"];
    private static readonly JsonNode?[] WrongForTime = ["25:00", "abc", "", 1030];
    private static readonly JsonNode?[] WrongForInteger = ["abc", 1.5, true, "", 1e40, new JsonArray(), "99999999999999999999"];
    private static readonly JsonNode?[] WrongForNumber = ["abc", true, new JsonArray(), "1e400", 1e300];
    private static readonly JsonNode?[] WrongForBoolean = ["yes", 2, "", new JsonObject()];
    private static readonly JsonNode?[] WrongForEnum = ["Bogus", "", 999, -1, 1.5, true, "active"];
    private static readonly JsonNode?[] WrongForObject = ["text", 5, new JsonArray(), true];
    private static readonly JsonNode?[] WrongForArray = [new JsonObject(), "text", 5, new JsonArray(123, "x", true), new JsonArray((JsonNode?)null)];

    /// <summary>A value of the right type for <paramref name="schema"/>; ids come from <paramref name="area"/>.</summary>
    public Gen<JsonNode?> Plausible(JsonElement schema, string area, int depth = 0)
    {
        schema = document.Resolve(schema);
        switch (ApiDocument.Kind(schema))
        {
            case "enum":
                return Values([.. schema.GetProperty("enum").EnumerateArray().Select(e => (JsonNode?)JsonValue.Create(e.GetString()))]);
            case "object" when depth >= MaxDepth:
                // A new node each time: one node can't sit in two places of a document (an array of these, for one).
                return Gen.Constant(0).Select(_ => (JsonNode?)new JsonObject());
            case "object":
                var properties = schema.TryGetProperty("properties", out var p) ? p.EnumerateObject().ToList() : [];
                return Gen.CollectToArray(properties.Select(property => Member(property.Name, property.Value, area, depth + 1).Select(v => (property.Name, v))))
                    .Select(pairs => (JsonNode?)new JsonObject(pairs.Select(x => KeyValuePair.Create(x.Name, x.v))));
            case "array":
                var items = schema.TryGetProperty("items", out var i) ? i : default;
                return items.ValueKind == JsonValueKind.Undefined || depth >= MaxDepth
                    ? Gen.Constant(0).Select(_ => (JsonNode?)new JsonArray())
                    : Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Plausible(items, area, depth + 1), n)).Select(a => (JsonNode?)new JsonArray(a));
            case "integer":
                return Values(0, 1, 2, 3, 5, 10, -1, 100, 10_000, int.MaxValue, int.MinValue);
            case "number":
                return Values(0, 0.5, 1, 7, -1, 100, 1e15);
            case "boolean":
                return Values(true, false);
            case "string":
                return PlausibleText(ApiDocument.Format(schema), area).Select(s => (JsonNode?)JsonValue.Create(s));
            default:
                return Values("x", 1, null);
        }
    }

    // A version is mostly the one just read (small numbers), so that a body gets past the 409 to its other members.
    private Gen<JsonNode?> Member(string name, JsonElement schema, string area, int depth) =>
        name == "version" ? Values(0, 1, 2) : Plausible(schema, area, depth);

    // A node has one parent: every use gets its own copy.
    private static Gen<JsonNode?> Values(params JsonNode?[] nodes) => Gen.Elements(nodes).Select(n => n?.DeepClone());

    /// <summary>A text of the right type, as a query or path value or a JSON string.</summary>
    public Gen<string> PlausibleText(string? format, string area, string kind = "string") => (kind, format) switch
    {
        (_, "uuid") => Gen.Choose(0, int.MaxValue).Select(pick => ids.Pick(area, pick)),
        (_, "date") => Gen.Elements("2026-12-24", "2025-01-01", "2031-06-30", "0001-01-01", "9999-12-31"),
        (_, "date-time") => Gen.Elements("2026-12-24T10:00:00Z", "2027-03-01T08:30:00+01:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"),
        (_, "time") => Gen.Elements("10:30:00", "00:00:00", "23:59:59", "10:30"),
        ("integer", _) => Gen.Elements("0", "1", "2", "5", "50", "500", "-3"),
        ("number", _) => Gen.Elements("0", "0.5", "-1", "100"),
        ("boolean", _) => Gen.Elements("true", "false"),
        _ => Gen.Elements("Text", "", " ", "Europe/Berlin", "https://example.com/x", "<script>alert(1)</script>", "名前 😀", "a\nb",
            "nul\0here", new string('y', 300), Long),
    };

    /// <summary>A query or path value that is not of the parameter's type.</summary>
    public static Gen<string> WrongText(string kind, string? format) => (kind, format) switch
    {
        (_, "uuid") => Gen.Elements("abc", "123", "not-a-guid", "{}", "00000000-0000-0000-0000-00000000000g"),
        ("integer", _) => Gen.Elements("abc", "1.5", "99999999999999999999", "1e3", "-", "true"),
        ("number", _) => Gen.Elements("abc", "1,5", "--1", "NaN-ish"),
        ("boolean", _) => Gen.Elements("abc", "2", "yes", "1"),
        ("enum", _) => Gen.Elements("Bogus", "999", "-1", "1.5", "active!"),
        (_, "date") => Gen.Elements("2026-13-01", "abc", "2026-02-30"),
        _ => Gen.Elements(new string('x', 3_000), "%00", "\0", "' OR 1=1 --", "😀", "%", "a/b"),
    };

    /// <summary>Values of another type than <paramref name="schema"/> describes.</summary>
    public JsonNode?[] Wrong(JsonElement schema)
    {
        schema = document.Resolve(schema);
        return (ApiDocument.Kind(schema), ApiDocument.Format(schema)) switch
        {
            ("string", "uuid") => WrongForId,
            ("string", "date" or "date-time") => WrongForDate,
            ("string", "time") => WrongForTime,
            ("string", _) => WrongForString,
            ("integer", _) => WrongForInteger,
            ("number", _) => WrongForNumber,
            ("boolean", _) => WrongForBoolean,
            ("enum", _) => WrongForEnum,
            ("object", _) => WrongForObject,
            ("array", _) => WrongForArray,
            _ => [new JsonObject()],
        };
    }

    /// <summary>Every place in <paramref name="node"/> where a value goes (a member, a list item), with its schema.</summary>
    public List<Slot> Slots(JsonNode? node, JsonElement schema, string path = "")
    {
        var slots = new List<Slot>();
        schema = document.Resolve(schema);
        if (node is JsonObject obj && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (!obj.ContainsKey(property.Name)) continue;
                var child = $"{path}.{property.Name}";
                slots.Add(new Slot(child, property.Value, value => obj[property.Name] = value));
                slots.AddRange(Slots(obj[property.Name], property.Value, child));
            }
        }
        else if (node is JsonArray array && schema.TryGetProperty("items", out var items))
        {
            for (var index = 0; index < array.Count; index++)
            {
                var at = index;
                slots.Add(new Slot($"{path}[{at}]", items, value => array[at] = value));
                slots.AddRange(Slots(array[at], items, $"{path}[{at}]"));
            }
        }
        return slots;
    }

    /// <summary>A place in a JSON body: its path, its schema, and how to put another value there.</summary>
    public sealed record Slot(string Path, JsonElement Schema, Action<JsonNode?> Set);
}
