using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Data;
using Tandem.Features.People;

namespace Tandem.Features.Improvement;

internal sealed class ImprovementPlanConfiguration : IEntityTypeConfiguration<ImprovementPlan>
{
    public void Configure(EntityTypeBuilder<ImprovementPlan> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.Id });
        entity.Property(p => p.Expectations).HasJsonConversion();
        entity.Property(p => p.Support).HasMaxLength(ImprovementRules.SupportMax);
        entity.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(12);
        entity.Property(p => p.OutcomeNote).HasMaxLength(ImprovementRules.NoteMax);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.HasIndex(p => new { p.OrganizationId, p.PersonId, p.StartsOn });
        // One running plan a person (an extended plan still runs), also when two are set up at once.
        entity.HasIndex(p => new { p.OrganizationId, p.PersonId }).IsUnique().HasFilter("\"Outcome\" IS NULL OR \"Outcome\" = 'Extended'")
            .HasDatabaseName("IX_ImprovementPlans_Running");
        entity.HasOne<Person>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
