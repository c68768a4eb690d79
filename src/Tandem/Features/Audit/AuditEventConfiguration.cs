using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> entity)
    {
        entity.HasKey(a => new { a.OrganizationId, a.Id });
        entity.Property(a => a.Action).HasMaxLength(64);
        entity.Property(a => a.Detail).HasMaxLength(2000);
        entity.Property(a => a.IpAddress).HasMaxLength(64);
        entity.HasIndex(a => new { a.OrganizationId, a.ActorId, a.Id });
        entity.HasIndex(a => new { a.OrganizationId, a.SubjectId, a.Id });
        // The audit log's filters: by action, newest first; by a range of days.
        entity.HasIndex(a => new { a.OrganizationId, a.Action, a.Id });
        entity.HasIndex(a => new { a.OrganizationId, a.At });
    }
}
