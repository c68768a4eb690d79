using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.Reviews;

namespace Tandem.Features.Calibration;

internal sealed class CalibrationEntryConfiguration : IEntityTypeConfiguration<CalibrationEntry>
{
    public void Configure(EntityTypeBuilder<CalibrationEntry> entity)
    {
        entity.HasKey(e => new { e.OrganizationId, e.Id });
        entity.Property(e => e.Version).IsConcurrencyToken();
        // A person is in one session of a cycle; the cycle's results read the final rating by person.
        entity.HasIndex(e => new { e.OrganizationId, e.CycleId, e.PersonId }).IsUnique();
        entity.HasIndex(e => new { e.OrganizationId, e.SessionId, e.ManagerId });
        entity.HasIndex(e => new { e.OrganizationId, e.ParticipantId }).IsUnique();
        entity.HasOne<CalibrationSession>().WithMany().HasForeignKey(e => new { e.OrganizationId, e.SessionId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<ReviewParticipant>().WithMany().HasForeignKey(e => new { e.OrganizationId, e.ParticipantId }).OnDelete(DeleteBehavior.Cascade);
    }
}
