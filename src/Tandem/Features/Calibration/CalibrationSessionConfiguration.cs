using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Data;
using Tandem.Features.Reviews;

namespace Tandem.Features.Calibration;

internal sealed class CalibrationSessionConfiguration : IEntityTypeConfiguration<CalibrationSession>
{
    public void Configure(EntityTypeBuilder<CalibrationSession> entity)
    {
        entity.HasKey(s => new { s.OrganizationId, s.Id });
        entity.Property(s => s.Name).HasMaxLength(CalibrationRules.NameMax);
        entity.Property(s => s.Group).HasJsonConversion();
        entity.Property(s => s.Guideline).HasJsonConversion();
        entity.Property(s => s.Scale).HasJsonConversion();
        entity.Property(s => s.Version).IsConcurrencyToken();
        entity.HasIndex(s => new { s.OrganizationId, s.CycleId, s.Name });
        entity.HasOne<ReviewCycle>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.CycleId }).OnDelete(DeleteBehavior.Cascade);
    }
}
