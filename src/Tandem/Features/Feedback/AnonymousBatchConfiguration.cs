using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Feedback;

internal sealed class AnonymousBatchConfiguration : IEntityTypeConfiguration<AnonymousBatch>
{
    public void Configure(EntityTypeBuilder<AnonymousBatch> entity) => entity.HasKey(b => new { b.OrganizationId, b.ReceiverId, b.Batch });
}
