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

internal sealed class KeyResultConfiguration : IEntityTypeConfiguration<KeyResult>
{
    public void Configure(EntityTypeBuilder<KeyResult> entity)
    {
        entity.HasKey(k => new { k.OrganizationId, k.Id });
        entity.Property(k => k.Title).HasMaxLength(GoalRules.TitleMax);
        entity.Property(k => k.Unit).HasMaxLength(32);
        entity.Property(k => k.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(k => k.Status).HasConversion<string>().HasMaxLength(16);
        entity.Property(k => k.Version).IsConcurrencyToken();
        entity.HasIndex(k => new { k.OrganizationId, k.GoalId, k.Position });
    }
}

internal sealed class KeyResultUpdateConfiguration : IEntityTypeConfiguration<KeyResultUpdate>
{
    public void Configure(EntityTypeBuilder<KeyResultUpdate> entity)
    {
        entity.HasKey(u => new { u.OrganizationId, u.Id });
        entity.Property(u => u.Comment).HasMaxLength(GoalRules.CommentMax);
        entity.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        entity.HasIndex(u => new { u.OrganizationId, u.GoalId, u.At });
        entity.HasIndex(u => new { u.OrganizationId, u.KeyResultId, u.At });
        entity.HasOne<KeyResult>().WithMany().HasForeignKey(u => new { u.OrganizationId, u.KeyResultId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GoalCommentConfiguration : IEntityTypeConfiguration<GoalComment>
{
    public void Configure(EntityTypeBuilder<GoalComment> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Text).HasMaxLength(GoalRules.CommentMax);
        entity.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        entity.HasIndex(c => new { c.OrganizationId, c.GoalId, c.At });
        entity.HasOne<Goal>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.GoalId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GoalPeriodConfiguration : IEntityTypeConfiguration<GoalPeriod>
{
    public void Configure(EntityTypeBuilder<GoalPeriod> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.Id });
        entity.Property(p => p.Name).HasMaxLength(60);
        entity.HasIndex(p => new { p.OrganizationId, p.Name }).IsUnique();
        entity.HasIndex(p => new { p.OrganizationId, p.Start });
    }
}
