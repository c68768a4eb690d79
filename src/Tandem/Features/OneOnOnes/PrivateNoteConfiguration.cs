using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

internal sealed class PrivateNoteConfiguration : IEntityTypeConfiguration<PrivateNote>
{
    public void Configure(EntityTypeBuilder<PrivateNote> entity)
    {
        entity.HasKey(n => new { n.OrganizationId, n.Id });
        entity.Property(n => n.Text).HasMaxLength(OneOnOneRules.NotesMax);
        entity.HasIndex(n => new { n.OrganizationId, n.MeetingId, n.AuthorId }).IsUnique();
        entity.HasOne<Meeting>().WithMany().HasForeignKey(n => new { n.OrganizationId, n.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(n => new { n.OrganizationId, n.AuthorId }).OnDelete(DeleteBehavior.Restrict);
    }
}
