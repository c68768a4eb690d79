using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Tandem.Data;

/// <summary>The tenancy rules of the model, decided once here for every tenant-owned entity.</summary>
public static class Tenancy
{
    /// <summary>Adds the named "Tenant" query filter and the foreign key to the organisation.</summary>
    public static void Apply(ModelBuilder builder, TandemDb db)
    {
        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null)
                     .ToList())
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.HasQueryFilter(TandemDb.TenantFilter, TenantFilterFor(entityType.ClrType, db));
            entity.HasOne(typeof(Features.Organizations.Organization))
                .WithMany()
                .HasForeignKey(nameof(ITenantOwned.OrganizationId))
                .OnDelete(DeleteBehavior.Restrict);
        }
    }

    // e => e.OrganizationId == db.TenantId, with db captured so EF parameterises TenantId per query.
    private static LambdaExpression TenantFilterFor(Type clrType, TandemDb db)
    {
        var e = Expression.Parameter(clrType, "e");
        var organizationId = Expression.Convert(
            Expression.Property(e, nameof(ITenantOwned.OrganizationId)), typeof(Guid?));
        var tenantId = Expression.Property(Expression.Constant(db), nameof(TandemDb.TenantId));
        return Expression.Lambda(Expression.Equal(organizationId, tenantId), e);
    }

    /// <summary>
    /// The one way to act as an organisation outside a signed-in request (sign-in, invitations, background jobs, the
    /// audit log, calendar feeds): sets the context's tenant until the returned scope is disposed, then restores the one
    /// before. Nothing else sets <see cref="TandemDb.TenantId"/> (an architecture test checks), so a job can't leave a
    /// context pointed at the wrong organisation.
    /// </summary>
    public static TenantScope ActAs(this TandemDb db, Guid organizationId)
    {
        var previous = db.TenantId;
        db.TenantId = organizationId;
        return new TenantScope(db, previous);
    }

    /// <summary>
    /// Serialises changes that must keep an organisation-wide rule (e.g. "at least one org admin"): on
    /// PostgreSQL a lock on the organisation's row until the transaction ends; SQLite transactions hold the
    /// database's write lock from their start. Call inside a transaction, before reading what the rule checks.
    /// </summary>
    public static async Task LockOrganizationAsync(this TandemDb db, CancellationToken ct)
    {
        if (db.TenantId is not { } organizationId || !db.Database.IsNpgsql()) return;
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Organizations\" WHERE \"Id\" = {organizationId} FOR UPDATE", ct);
    }
}

/// <summary>Restores a context's earlier tenant when disposed (see <see cref="Tenancy.ActAs"/>).</summary>
public readonly struct TenantScope(TandemDb db, Guid? previous) : IDisposable
{
    public void Dispose() => db.TenantId = previous;
}
