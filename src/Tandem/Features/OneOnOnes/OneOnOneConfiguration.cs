using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

internal sealed class OneOnOneSeriesConfiguration : IEntityTypeConfiguration<OneOnOneSeries>
{
    public void Configure(EntityTypeBuilder<OneOnOneSeries> entity)
    {
        entity.HasKey(s => new { s.OrganizationId, s.Id });
        entity.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(s => s.Cadence).HasConversion<string>().HasMaxLength(16);
        entity.Property(s => s.Weekday).HasConversion<string>().HasMaxLength(16);
        entity.Property(s => s.TimeZone).HasMaxLength(64);
        entity.Property(s => s.VideoLink).HasMaxLength(OneOnOneRules.LinkMax);
        entity.Property(s => s.Version).IsConcurrencyToken();
        entity.Ignore(s => s.Rule);
        // A person's series, from either side.
        entity.HasIndex(s => new { s.OrganizationId, s.LeadId, s.PartnerId });
        entity.HasIndex(s => new { s.OrganizationId, s.PartnerId });
        entity.HasOne<Person>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.LeadId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Person>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.PartnerId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<MeetingTemplate>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.TemplateId }).OnDelete(DeleteBehavior.Restrict);
    }
}

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
        entity.HasOne<OneOnOneSeries>().WithMany().HasForeignKey(m => new { m.OrganizationId, m.SeriesId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> entity)
    {
        entity.HasKey(a => new { a.OrganizationId, a.Id });
        entity.Property(a => a.Section).HasMaxLength(OneOnOneRules.SectionMax);
        entity.Property(a => a.Text).HasMaxLength(OneOnOneRules.TopicMax);
        entity.HasIndex(a => new { a.OrganizationId, a.MeetingId, a.Position });
        entity.HasIndex(a => new { a.OrganizationId, a.SeriesId, a.AuthorId });
        entity.HasOne<Meeting>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.AuthorId }).OnDelete(DeleteBehavior.Restrict);
    }
}

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

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Text).HasMaxLength(OneOnOneRules.TopicMax);
        entity.Property(c => c.Source).HasMaxLength(20);
        // One "work on" and one "lead will" step per meeting's wrap-up (NULL sources never collide).
        entity.HasIndex(c => new { c.OrganizationId, c.MeetingId, c.Source }).IsUnique();
        entity.HasIndex(c => new { c.OrganizationId, c.SeriesId, c.DueDate });
        entity.HasIndex(c => new { c.OrganizationId, c.OwnerId, c.DoneAt });
        entity.HasOne<OneOnOneSeries>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.SeriesId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.OwnerId }).OnDelete(DeleteBehavior.Restrict);
    }
}

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

internal sealed class OrgQuestionConfiguration : IEntityTypeConfiguration<OrgQuestion>
{
    public void Configure(EntityTypeBuilder<OrgQuestion> entity)
    {
        entity.HasKey(q => new { q.OrganizationId, q.Id });
        entity.Property(q => q.Group).HasConversion<string>().HasMaxLength(24);
        entity.Property(q => q.Text).HasMaxLength(OneOnOneRules.QuestionMax);
    }
}

internal sealed class MeetingRatingConfiguration : IEntityTypeConfiguration<MeetingRating>
{
    public void Configure(EntityTypeBuilder<MeetingRating> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.HasIndex(r => new { r.OrganizationId, r.MeetingId, r.RaterId }).IsUnique();
        entity.HasIndex(r => new { r.OrganizationId, r.LeadId });
        entity.HasOne<Meeting>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.MeetingId }).OnDelete(DeleteBehavior.Cascade);
    }
}

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

internal sealed class MeetingTemplateConfiguration : IEntityTypeConfiguration<MeetingTemplate>
{
    public void Configure(EntityTypeBuilder<MeetingTemplate> entity)
    {
        entity.HasKey(t => new { t.OrganizationId, t.Id });
        entity.Property(t => t.Name).HasMaxLength(OneOnOneRules.SectionMax);
        entity.Property(t => t.Description).HasMaxLength(OneOnOneRules.TopicMax);
        entity.HasIndex(t => new { t.OrganizationId, t.TeamId, t.Name }).IsUnique();
        entity.HasMany(t => t.Sections).WithOne().HasForeignKey(s => new { s.OrganizationId, s.TemplateId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Team>().WithMany().HasForeignKey(t => new { t.OrganizationId, t.TeamId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TemplateSectionConfiguration : IEntityTypeConfiguration<TemplateSection>
{
    public void Configure(EntityTypeBuilder<TemplateSection> entity)
    {
        entity.HasKey(s => new { s.OrganizationId, s.Id });
        entity.Property(s => s.Title).HasMaxLength(OneOnOneRules.SectionMax);
        entity.Property(s => s.Prompt).HasMaxLength(OneOnOneRules.TopicMax);
        entity.HasIndex(s => new { s.OrganizationId, s.TemplateId, s.Position });
    }
}
