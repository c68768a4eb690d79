using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;

namespace Tandem.Features.People;

/// <summary>Names for the audit log, in one query for a page of events.</summary>
public sealed class PersonNames(TandemDb db) : IPersonNames
{
    public Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

    public Task<Dictionary<Guid, string>> FindAsync(string nameOrEmail, int max, CancellationToken ct)
    {
        var email = PersonRules.NormalizeEmail(nameOrEmail);
        var term = nameOrEmail.Trim().ToLowerInvariant();
        return db.People.AsNoTracking().Where(p => p.Email == email || p.Name.ToLower().Contains(term))
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Take(max).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }
}
