using Tandem.Features.Goals;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Home;

/// <summary>
/// The layout's one search, over what each feature already lets the viewer read: people (the directory is the whole
/// organisation's; people who have left are not found), goals through GoalQueries (so GoalAccess.Readable decides, and an
/// HR admin's reads of private goals are audited as anywhere else), and for HR admins, who keep them, departments and
/// teams. Each kind is capped; the tenant filter keeps every query in the viewer's organisation.
/// </summary>
public sealed class SiteSearch(PeopleFinder people, GoalQueries goals, OrgUnits units, CurrentUser me)
{
    /// <summary>The longest query read.</summary>
    public const int QueryMax = 100;
    /// <summary>The most results of each kind.</summary>
    public const int PerKind = 6;

    /// <summary>Why the query can't be searched, or null when it can.</summary>
    public static string? Problem(string? q) =>
        string.IsNullOrWhiteSpace(q) ? "Enter a name, an email or a few words of a goal."
        : q.Trim().Length > QueryMax ? $"Search with at most {QueryMax} characters."
        : null;

    /// <summary>Departments and teams are found by HR admins, who keep them.</summary>
    public bool FindsUnits => PeopleAccess.CanManagePeople(me);

    /// <summary>What <paramref name="q"/> finds; <paramref name="asSuggestions"/> for the box's suggestions while typing, which leave
    /// out goals an HR admin may read only through their audited right (the search page and the API include them).</summary>
    public async Task<SearchResults> SearchAsync(string q, bool asSuggestions, CancellationToken ct)
    {
        var text = q.Trim();
        var found = await people.FindAsync(text, PerKind, ct);
        var matches = await goals.FindAsync(text, PerKind, asSuggestions, ct);
        var (departments, teams) = FindsUnits ? await units.FindAsync(text, PerKind, ct) : ([], []);
        return new SearchResults(text,
            [.. found.Select(p => new PersonHit(p.Id, p.Name, p.Email, p.Title))],
            [.. matches.Select(g => new GoalHit(g.Id, g.Title, g.OwnerName, g.Visibility, g.Status))],
            [.. teams.Select(t => new UnitHit(t.Id, t.Name))],
            [.. departments.Select(d => new UnitHit(d.Id, d.Name))]);
    }
}

/// <summary>What a search found, by kind, each capped (teams and departments only for HR admins).</summary>
public sealed record SearchResults(string Query, IReadOnlyList<PersonHit> People, IReadOnlyList<GoalHit> Goals,
    IReadOnlyList<UnitHit> Teams, IReadOnlyList<UnitHit> Departments)
{
    public int Count => People.Count + Goals.Count + Teams.Count + Departments.Count;
}

/// <summary>A person found: by the start of their first or last name, or of their email.</summary>
public sealed record PersonHit(Guid Id, string Name, string Email, string? Title);

/// <summary>A goal found by its title, one the viewer may read.</summary>
public sealed record GoalHit(Guid Id, string Title, string Owner, GoalVisibility Visibility, GoalStatus Status);

/// <summary>A team or department found by its name.</summary>
public sealed record UnitHit(Guid Id, string Name);
