namespace Tandem.Data;

/// <summary>
/// A row that belongs to one organisation. Its key starts with <see cref="OrganizationId"/>, every foreign
/// key to another tenant-owned row includes it, and the "Tenant" query filter hides other organisations'
/// rows. See docs/decisions/001-tenancy-and-keys.md.
/// </summary>
public interface ITenantOwned
{
    Guid OrganizationId { get; set; }
}

/// <summary>A row stamped with creation and last-change times by <see cref="AuditFieldsInterceptor"/>.</summary>
public interface ITimestamped
{
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row edited concurrently by people: <see cref="Version"/> is an optimistic concurrency token.</summary>
public interface IVersioned
{
    long Version { get; set; }
}
