using Tandem.Features.People;

namespace Tandem.Features.Talent.Pages;

/// <summary>A key role as its form posts it (new on the review page, changed on the role's): the holder is typed, and resolved on submit.</summary>
public sealed class KeyRoleForm
{
    public string? Title { get; set; }
    public string? Holder { get; set; }
    public Guid? HolderChoice { get; set; }
    public bool LeadsPeople { get; set; }
    public Level? FlightRisk { get; set; }
    public Level? ImpactOfLoss { get; set; }
    public string? Notes { get; set; }
    public long Version { get; set; }

    /// <summary>
    /// The role to save, or the holder's problem: no holder typed is an open role; otherwise the one person meant, or the
    /// people it might mean.
    /// </summary>
    public async Task<(KeyRoleInput? Input, string? Problem, IReadOnlyList<PersonMatch> Candidates)> ResolveAsync(PeopleFinder finder, CancellationToken ct)
    {
        Guid? holder = null;
        if (!string.IsNullOrWhiteSpace(Holder) || HolderChoice is not null)
        {
            var resolved = await finder.ResolveAsync(Holder, HolderChoice, ct);
            if (resolved.Person is null) return (null, resolved.Problem, resolved.Candidates);
            holder = resolved.Person.Id;
        }
        return (new KeyRoleInput(Title, holder, LeadsPeople, FlightRisk, ImpactOfLoss, Notes, Version), null, []);
    }
}
