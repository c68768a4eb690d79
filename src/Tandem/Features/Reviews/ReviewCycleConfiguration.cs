using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Data;

namespace Tandem.Features.Reviews;

internal sealed class ReviewCycleConfiguration : IEntityTypeConfiguration<ReviewCycle>
{
    public void Configure(EntityTypeBuilder<ReviewCycle> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Name).HasMaxLength(ReviewRules.NameMax);
        entity.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(c => c.Phase).HasConversion<string>().HasMaxLength(16);
        entity.Property(c => c.Population).HasJsonConversion();
        entity.Property(c => c.DepartmentTemplates).HasJsonConversion();
        entity.ComplexProperty(c => c.Dates);
        entity.Property(c => c.Version).IsConcurrencyToken();
        entity.HasIndex(c => new { c.OrganizationId, c.PeriodEnd });
        entity.HasOne<ReviewTemplate>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.TemplateId }).OnDelete(DeleteBehavior.Restrict);
    }
}
