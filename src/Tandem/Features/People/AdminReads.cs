using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>
/// Records every read an admin makes of someone's private item (a private goal, a development plan, assessments, later
/// reviews) that the reporting line does not give them: the audit page promises "admins reading others' data" is
/// recorded, so the read itself is, not only an export. One event per person read, saved at once.
/// </summary>
public sealed class AdminReads(TandemDb db, Reach reach, AuditService audit)
{
    /// <summary>The most people one list read names one by one; past that one event counts the rest.</summary>
    public const int NamedMax = 50;

    /// <summary>Records that the signed-in person read <paramref name="what"/> of these people, where only their admin role allowed it.</summary>
    public async Task RecordAsync(string what, IEnumerable<Guid?> owners, CancellationToken ct)
    {
        if (!reach.IsHrAdmin) return;
        var others = owners.OfType<Guid>().Where(o => !reach.IsMe(o)).Distinct().ToList();
        if (others.Count == 0) return;
        var managed = await db.People.Where(p => others.Contains(p.Id)).Where(reach.ReadableAsManager<Person>(p => p.Id)).Select(p => p.Id).ToListAsync(ct);
        var adminOnly = others.Except(managed).ToList();
        if (adminOnly.Count == 0) return;
        foreach (var person in adminOnly.Take(NamedMax)) audit.Add(AuditActions.AdminRead, person, what);
        if (adminOnly.Count > NamedMax) audit.Add(AuditActions.AdminRead, null, $"{what} of {adminOnly.Count - NamedMax} more people");
        await db.SaveChangesAsync(ct);
    }
}
