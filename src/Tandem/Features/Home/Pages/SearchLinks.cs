namespace Tandem.Features.Home.Pages;

/// <summary>Where each kind of search result opens, for the results page and the search box's suggestions alike.</summary>
public static class SearchLinks
{
    public static string Person(PersonHit p) => $"/people/{p.Id}";
    public static string Goal(GoalHit g) => $"/goals/{g.Id}";
    public static string Team(UnitHit t) => $"/people?team={t.Id}";
    public static string Department(UnitHit d) => $"/people?department={d.Id}";
    public static string All(string query) => $"/search?q={Uri.EscapeDataString(query)}";
    public static string Detail(PersonHit p) => p.Title is null ? p.Email : $"{p.Title} · {p.Email}";
    public static string Detail(GoalHit g) => g.Visibility == Goals.GoalVisibility.Private ? $"{g.Owner} · private" : g.Owner;
}
