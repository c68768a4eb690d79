using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> entity)
    {
        entity.HasKey(f => new { f.OrganizationId, f.PersonId });
        entity.Property(f => f.TokenHash).HasMaxLength(64);
        // Looked up by token alone (the feed URL carries no organisation).
        entity.HasIndex(f => f.TokenHash).IsUnique();
        entity.HasOne<Person>().WithMany().HasForeignKey(f => new { f.OrganizationId, f.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
