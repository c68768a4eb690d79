using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.OneOnOnes;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> entity)
    {
        entity.HasKey(m => new { m.OrganizationId, m.Id });
        entity.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        entity.Property(m => m.SharedNotes).HasMaxLength(OneOnOneRules.NotesMax);
        entity.Property(m => m.ChangeReason).HasMaxLength(OneOnOneRules.ReasonMax);
        entity.ComplexProperty(m => m.WrapUp, w =>
        {
            w.Property(x => x.WorkOn).HasMaxLength(OneOnOneRules.WrapUpMax);
            w.Property(x => x.Resources).HasMaxLength(OneOnOneRules.WrapUpMax);
            w.Property(x => x.SuccessLooksLike).HasMaxLength(OneOnOneRules.WrapUpMax);
            w.Property(x => x.LeadWill).HasMaxLength(OneOnOneRules.WrapUpMax);
            w.Property(x => x.Obstacles).HasMaxLength(OneOnOneRules.WrapUpMax);
            w.Property(x => x.Celebrate).HasMaxLength(OneOnOneRules.WrapUpMax);
            w.Ignore(x => x.IsEmpty);
        });
        entity.Ignore(m => m.EndsAt);
        // One occurrence per planned date (generators on several instances cannot double it), and a series' timeline.
        entity.HasIndex(m => new { m.OrganizationId, m.SeriesId, m.OccursOn }).IsUnique();
        entity.HasIndex(m => new { m.OrganizationId, m.SeriesId, m.StartsAt });
        // The day-before reminders, across organisations: what starts soon and is not reminded yet.
        entity.HasIndex(m => m.StartsAt).HasFilter("\"RemindedAt\" IS NULL");
        entity.HasOne<OneOnOneSeries>().WithMany().HasForeignKey(m => new { m.OrganizationId, m.SeriesId }).OnDelete(DeleteBehavior.Cascade);
    }
}
