using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Feedback;

internal sealed class AnonymousGiverConfiguration : IEntityTypeConfiguration<AnonymousGiver>
{
    public void Configure(EntityTypeBuilder<AnonymousGiver> entity)
    {
        entity.HasKey(g => new { g.OrganizationId, g.ReceiverId, g.Batch, g.GiverHash });
        entity.Property(g => g.GiverHash).HasMaxLength(64);
    }
}
