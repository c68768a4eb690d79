using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Talent;

internal sealed class KeyRoleConfiguration : IEntityTypeConfiguration<KeyRole>
{
    public void Configure(EntityTypeBuilder<KeyRole> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Title).HasMaxLength(TalentRules.NameMax);
        entity.Property(r => r.Notes).HasMaxLength(TalentRules.NotesMax);
        entity.Property(r => r.FlightRisk).HasConversion<string>().HasMaxLength(8);
        entity.Property(r => r.ImpactOfLoss).HasConversion<string>().HasMaxLength(8);
        entity.Property(r => r.Version).IsConcurrencyToken();
        entity.HasIndex(r => new { r.OrganizationId, r.ReviewId, r.Title });
        entity.HasIndex(r => new { r.OrganizationId, r.HolderId });
        entity.HasOne<TalentReview>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.ReviewId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.HolderId }).OnDelete(DeleteBehavior.Restrict);
    }
}
