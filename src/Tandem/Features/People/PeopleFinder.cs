using System.Linq.Expressions;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Features.People;

/// <summary>
/// Finds people by what someone types: the start of a first name, a last name or an email. Everyone in the organisation
/// may read its directory (PeopleAccess), so every active person can be found; people who have left cannot. Each
/// kind of match is a range of one index, read in its order and cut off, so a one-letter query in an organisation of
/// 100,000 costs no more than a long one.
/// </summary>
public sealed class PeopleFinder(TandemDb db)
{
    /// <summary>How many people a picker offers.</summary>
    public const int Limit = 8;
    /// <summary>Longer text is not a name or an email anyone types.</summary>
    public const int TextMax = PersonRules.EmailMax + PersonRules.NameMax;

    /// <summary>
    /// Up to <paramref name="limit"/> people whose first name (the start of the name), last name or email starts with
    /// <paramref name="text"/>, in that order of rank, each rank by name.
    /// </summary>
    public async Task<List<PersonMatch>> FindAsync(string? text, int limit, CancellationToken ct)
    {
        var key = PersonRules.NameKey(text);
        if (key.Length == 0 || key.Length > TextMax) return [];
        limit = Math.Clamp(limit, 1, 50);
        var found = new List<PersonMatch>();
        // One index range each (Prefix.Of), in its index's order.
        async Task AddAsync(Expression<Func<Person, string>> column)
        {
            if (found.Count >= limit) return;
            var seen = found.Select(f => f.Id).ToList();
            found.AddRange(await Active().Where(Prefix.Of(column, key)).Where(p => !seen.Contains(p.Id)).OrderBy(column).ThenBy(p => p.Id)
                .Take(limit - found.Count).Select(Project).ToListAsync(ct));
        }
        await AddAsync(p => p.NameKey);
        await AddAsync(p => p.SurnameKey);
        if (!key.Contains(' ', StringComparison.Ordinal)) await AddAsync(p => p.Email);
        return found;
    }

    /// <summary>
    /// The person meant by what was typed in a form: an email, "Name &lt;email&gt;" (what the picker fills in) or a name.
    /// A name is theirs when exactly one active person has it. Otherwise the people it might mean are offered, even a single
    /// one whose name merely starts so: feedback sent to the wrong person can't be taken back.
    /// </summary>
    public async Task<PersonResolution> ResolveAsync(string? text, CancellationToken ct)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length == 0) return new PersonResolution(typed, null, []);
        if (typed.Length > TextMax) return new PersonResolution(typed, null, []);
        if (EmailIn(typed) is { } email)
        {
            var byEmail = await Active().Where(p => p.Email == email).Select(Project).FirstOrDefaultAsync(ct);
            return new PersonResolution(typed, byEmail, []);
        }
        var key = PersonRules.NameKey(typed);
        var exact = await Active().Where(p => p.NameKey == key).OrderBy(p => p.Name).ThenBy(p => p.Email).Take(Limit).Select(Project).ToListAsync(ct);
        if (exact.Count == 1) return new PersonResolution(typed, exact[0], []);
        if (exact.Count > 1) return new PersonResolution(typed, null, exact);
        return new PersonResolution(typed, null, await FindAsync(typed, Limit, ct));
    }

    /// <summary>
    /// The same, unless one of the offered candidates was chosen (<paramref name="choice"/>, the picker's radio buttons):
    /// then that person, if they are still active in the organisation.
    /// </summary>
    public async Task<PersonResolution> ResolveAsync(string? text, Guid? choice, CancellationToken ct) =>
        choice is { } id && await Active().Where(p => p.Id == id).Select(Project).FirstOrDefaultAsync(ct) is { } chosen
            ? new PersonResolution((text ?? "").Trim(), chosen, [])
            : await ResolveAsync(text, ct);

    /// <summary>
    /// Several people, one per line (or separated by commas or semicolons), each as <see cref="ResolveAsync(string?, CancellationToken)"/>
    /// reads it; at most <paramref name="max"/> entries are read. The people found, once each, and a message for each entry that
    /// meant no one person.
    /// </summary>
    public async Task<(List<PersonMatch> People, List<string> Problems)> ResolveAllAsync(string? text, int max, CancellationToken ct)
    {
        var entries = Entries(text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (entries.Count > max) return ([], [$"Ask at most {max} people at once."]);
        var people = new List<PersonMatch>();
        var problems = new List<string>();
        foreach (var entry in entries)
        {
            var resolved = await ResolveAsync(entry, ct);
            if (resolved.Person is { } person) { if (people.All(p => p.Id != person.Id)) people.Add(person); }
            else problems.Add(resolved.Candidates.Count == 0
                ? $"Nobody active in your organisation has the name or email “{entry}”."
                : $"“{entry}” could be {string.Join(", ", resolved.Candidates.Select(c => $"{c.Name} ({c.Email})"))}: write the full name or email of the one you mean.");
        }
        return (people, problems);
    }

    // One entry a line; a line that is one "Name <email>" (what the picker adds) stays whole, whatever its name holds, and
    // any other line may list several, separated by commas or semicolons.
    private static IEnumerable<string> Entries(string? text) =>
        (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(line => line.EndsWith('>') && line.Count(c => c == '<') == 1
                ? [line]
                : line.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>What the picker fills in for a person, and what ResolveAsync reads back: "Name &lt;email&gt;".</summary>
    public static string Label(PersonMatch person) => $"{person.Name} <{person.Email}>";

    private IQueryable<Person> Active() => db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Left);

    private static readonly Expression<Func<Person, PersonMatch>> Project = p => new PersonMatch(p.Id, p.Name, p.Email, p.Title);

    // The email of "someone@example.com" or "Name <someone@example.com>"; null for a name.
    private static string? EmailIn(string typed)
    {
        var open = typed.LastIndexOf('<');
        var candidate = open >= 0 && typed.EndsWith('>') ? typed[(open + 1)..^1].Trim() : typed;
        return candidate.Contains('@', StringComparison.Ordinal) && MailAddress.TryCreate(candidate, out _) ? PersonRules.NormalizeEmail(candidate) : null;
    }

}

/// <summary>A person as a picker offers them.</summary>
public sealed record PersonMatch(Guid Id, string Name, string Email, string? Title);

/// <summary>
/// What a typed name or email came to (PeopleFinder.ResolveAsync): the one person it means, or none with the people it might mean (empty when
/// nobody fits).
/// </summary>
public sealed record PersonResolution(string Typed, PersonMatch? Person, IReadOnlyList<PersonMatch> Candidates)
{
    /// <summary>The message next to the field when no one person was meant; null when one was.</summary>
    public string? Problem => Person is not null ? null
        : Typed.Length == 0 ? "Enter a name or a work email."
        : Candidates.Count == 0 ? $"Nobody active in your organisation has the name or email “{Typed}”."
        : Candidates.Count == 1 ? $"Did you mean {Candidates[0].Name} ({Candidates[0].Email})? Choose them below, or type their full name or email."
        : $"“{Typed}” could be {Candidates.Count} people. Choose one below, or type their email.";
}
