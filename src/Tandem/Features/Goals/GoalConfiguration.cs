using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Goals;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> entity)
    {
        entity.HasKey(g => new { g.OrganizationId, g.Id });
        entity.Property(g => g.Title).HasMaxLength(GoalRules.TitleMax);
        entity.Property(g => g.Description).HasMaxLength(GoalRules.DescriptionMax);
        entity.Property(g => g.ImportRef).HasMaxLength(100);
        entity.Property(g => g.OwnerType).HasConversion<string>().HasMaxLength(16);
        entity.Property(g => g.Commitment).HasConversion<string>().HasMaxLength(16);
        entity.Property(g => g.Visibility).HasConversion<string>().HasMaxLength(16);
        entity.Property(g => g.Status).HasConversion<string>().HasMaxLength(16);
        entity.Property(g => g.Approval).HasConversion<string>().HasMaxLength(24);
        entity.Property(g => g.Version).IsConcurrencyToken();

        // The tree: children of a goal, and the roots of a period by owner kind.
        entity.HasIndex(g => new { g.OrganizationId, g.ParentGoalId, g.Title });
        entity.HasIndex(g => new { g.OrganizationId, g.Title, g.Id });
        entity.HasIndex(g => new { g.OrganizationId, g.PeriodId, g.OwnerType, g.Title });
        // Roll-ups sum the counted children's weights and progress from the index alone (GoalRollups): a department
        // goal can have a thousand aligned goals, summed inside each check-in's transaction.
        entity.HasIndex(g => new { g.OrganizationId, g.ParentGoalId, g.Approval, g.Visibility, g.Status, g.Weight, g.Progress })
            .HasDatabaseName("IX_Goals_Rollup");
        entity.HasIndex(g => new { g.OrganizationId, g.OwnerPersonId, g.PeriodId });
        entity.HasIndex(g => new { g.OrganizationId, g.OwnerTeamId });
        entity.HasIndex(g => new { g.OrganizationId, g.OwnerDepartmentId });
        entity.HasIndex(g => new { g.OrganizationId, g.TemplateGoalId });
        entity.HasIndex(g => new { g.OrganizationId, g.ImportRef }).IsUnique();

        entity.HasOne<Goal>().WithMany().HasForeignKey(g => new { g.OrganizationId, g.ParentGoalId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Person>().WithMany().HasForeignKey(g => new { g.OrganizationId, g.OwnerPersonId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Team>().WithMany().HasForeignKey(g => new { g.OrganizationId, g.OwnerTeamId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Department>().WithMany().HasForeignKey(g => new { g.OrganizationId, g.OwnerDepartmentId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(g => g.Period).WithMany().HasForeignKey(g => new { g.OrganizationId, g.PeriodId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(g => g.KeyResults).WithOne().HasForeignKey(k => new { k.OrganizationId, k.GoalId }).OnDelete(DeleteBehavior.Cascade);
    }
}
