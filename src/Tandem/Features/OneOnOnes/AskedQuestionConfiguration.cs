using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.OneOnOnes;

internal sealed class AskedQuestionConfiguration : IEntityTypeConfiguration<AskedQuestion>
{
    public void Configure(EntityTypeBuilder<AskedQuestion> entity)
    {
        entity.HasKey(q => new { q.OrganizationId, q.Id });
        entity.Property(q => q.QuestionKey).HasMaxLength(60);
        entity.HasIndex(q => new { q.OrganizationId, q.SeriesId, q.AskedAt });
        entity.HasOne<OneOnOneSeries>().WithMany().HasForeignKey(q => new { q.OrganizationId, q.SeriesId }).OnDelete(DeleteBehavior.Cascade);
    }
}
