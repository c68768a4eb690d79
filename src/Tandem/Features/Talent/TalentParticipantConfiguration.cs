using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Talent;

internal sealed class TalentParticipantConfiguration : IEntityTypeConfiguration<TalentParticipant>
{
    public void Configure(EntityTypeBuilder<TalentParticipant> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.ReviewId, p.PersonId });
        // "The talent reviews I am in".
        entity.HasIndex(p => new { p.OrganizationId, p.PersonId });
        entity.HasOne<TalentReview>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.ReviewId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
