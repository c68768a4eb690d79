using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Calibration;

internal sealed class CalibrationChangeConfiguration : IEntityTypeConfiguration<CalibrationChange>
{
    public void Configure(EntityTypeBuilder<CalibrationChange> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Field).HasConversion<string>().HasMaxLength(12);
        entity.Property(c => c.Reason).HasMaxLength(CalibrationRules.ReasonMax);
        entity.Property(c => c.Evidence).HasMaxLength(CalibrationRules.EvidenceMax);
        entity.HasIndex(c => new { c.OrganizationId, c.SessionId, c.At });
        entity.HasIndex(c => new { c.OrganizationId, c.EntryId, c.At });
        entity.HasOne<CalibrationEntry>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.EntryId }).OnDelete(DeleteBehavior.Cascade);
    }
}
