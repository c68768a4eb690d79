using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Calibration;

internal sealed class CalibrationParticipantConfiguration : IEntityTypeConfiguration<CalibrationParticipant>
{
    public void Configure(EntityTypeBuilder<CalibrationParticipant> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.SessionId, p.PersonId });
        // "The sessions I am in".
        entity.HasIndex(p => new { p.OrganizationId, p.PersonId });
        entity.HasOne<CalibrationSession>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.SessionId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
