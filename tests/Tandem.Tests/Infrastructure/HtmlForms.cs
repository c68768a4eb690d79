using System.Net;
using System.Text.RegularExpressions;

namespace Tandem.Tests.Infrastructure;

/// <summary>Reads a server-rendered form the way a browser submits it untouched: each field with the value it comes with.</summary>
public static partial class HtmlForms
{
    /// <summary>The fields of the form named <paramref name="formName"/> (its _handler), without the handler and token.</summary>
    public static Dictionary<string, string> Defaults(string html, string formName)
    {
        var form = FormHtml(html, formName);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in Inputs().Matches(form).Select(m => m.Value))
        {
            var name = Attribute(input, "name");
            var type = Attribute(input, "type") ?? "text";
            if (name is null or "_handler" or "__RequestVerificationToken" || type is "submit" or "button") continue;
            if (type is "checkbox" or "radio" && !Checked().IsMatch(input)) continue;
            fields.TryAdd(name, Attribute(input, "value") ?? (type is "checkbox" or "radio" ? "on" : ""));
        }
        foreach (Match area in TextAreas().Matches(form))
            if (Attribute(area.Groups["tag"].Value, "name") is { } name) fields.TryAdd(name, WebUtility.HtmlDecode(area.Groups["text"].Value));
        foreach (Match select in Selects().Matches(form))
        {
            if (Attribute(select.Groups["tag"].Value, "name") is not { } name) continue;
            var options = Options().Matches(select.Groups["options"].Value).Select(m => m.Value).ToList();
            var chosen = options.FirstOrDefault(o => Selected().IsMatch(o)) ?? options.FirstOrDefault();
            if (chosen is not null) fields.TryAdd(name, Attribute(chosen, "value") ?? "");
        }
        return fields;
    }

    /// <summary>The markup of the form named <paramref name="formName"/>.</summary>
    public static string FormHtml(string html, string formName) =>
        Forms().Matches(html).Select(m => m.Value).FirstOrDefault(f => Handler(f) == formName)
            ?? throw new InvalidOperationException($"No form named {formName} on the page.");

    private static string? Handler(string form) =>
        Inputs().Matches(form).Select(m => m.Value).Where(i => Attribute(i, "name") == "_handler").Select(i => Attribute(i, "value")).FirstOrDefault();

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{Regex.Escape(name)}=\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Inputs();

    [GeneratedRegex("(?<tag><textarea\\b[^>]*>)(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreas();

    [GeneratedRegex("(?<tag><select\\b[^>]*>)(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Selects();

    [GeneratedRegex("<option\\b[^>]*>")]
    private static partial Regex Options();

    [GeneratedRegex("\\schecked\\b")]
    private static partial Regex Checked();

    [GeneratedRegex("\\sselected\\b")]
    private static partial Regex Selected();
}
