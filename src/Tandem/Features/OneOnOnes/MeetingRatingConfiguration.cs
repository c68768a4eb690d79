using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.OneOnOnes;

internal sealed class MeetingRatingConfiguration : IEntityTypeConfiguration<MeetingRating>
{
    public void Configure(EntityTypeBuilder<MeetingRating> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.HasIndex(r => new { r.OrganizationId, r.MeetingId, r.RaterId }).IsUnique();
        entity.HasIndex(r => new { r.OrganizationId, r.LeadId });
        entity.HasOne<Meeting>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.MeetingId }).OnDelete(DeleteBehavior.Cascade);
    }
}
