using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tandem.Data;

/// <summary>
/// Before every save: stamps times from <see cref="TimeProvider"/>, bumps concurrency versions, and refuses
/// any write to a row of another organisation than the context's tenant (a bug, never a user error).
/// </summary>
public sealed class AuditFieldsInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is not TandemDb db) return;
        var now = time.GetUtcNow();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;

            if (entry.Entity is ITenantOwned owned)
            {
                if (entry.State == EntityState.Added && owned.OrganizationId == Guid.Empty && db.TenantId is { } tenant)
                    owned.OrganizationId = tenant;
                if (db.TenantId is { } current && owned.OrganizationId != current)
                    throw new InvalidOperationException(
                        $"Refusing to write {entry.Metadata.ClrType.Name} of another organisation.");
            }

            if (entry.Entity is ITimestamped stamped)
            {
                if (entry.State == EntityState.Added) stamped.CreatedAt = now;
                if (entry.State != EntityState.Deleted) stamped.UpdatedAt = now;
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
                versioned.Version++;
        }
    }
}
