using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;

namespace Tandem.Features.People;

/// <summary>Names for the audit log, in one query for a page of events.</summary>
public sealed class PersonNames(TandemDb db) : IPersonNames
{
    public Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
}
