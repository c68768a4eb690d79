using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Accounts;
using Tandem.Features.Audit;
using Tandem.Features.Calibration;
using Tandem.Features.Development;
using Tandem.Features.Feedback;
using Tandem.Features.Goals;
using Tandem.Features.Improvement;
using Tandem.Features.Notifications;
using Tandem.Features.OneOnOnes;
using Tandem.Features.Organizations;
using Tandem.Features.People;
using Tandem.Features.Reviews;
using Tandem.Features.Talent;

namespace Tandem.Data;

/// <summary>
/// The one DbContext. Pooled: <see cref="TenantId"/> is reset on every lease (see <see cref="DataSetup"/>)
/// and set from the signed-in user by <see cref="Security.CurrentUserMiddleware"/>.
/// </summary>
public sealed class TandemDb(DbContextOptions<TandemDb> options) : IdentityUserContext<UserAccount, Guid>(options)
{
    public const string TenantFilter = "Tenant";

    /// <summary>The organisation whose rows queries may see. Null sees no tenant-owned rows at all.</summary>
    public Guid? TenantId { get; set; }

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<ReportingLine> ReportingLines => Set<ReportingLine>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<KeyResult> KeyResults => Set<KeyResult>();
    public DbSet<GoalWord> GoalWords => Set<GoalWord>();
    public DbSet<KeyResultUpdate> KeyResultUpdates => Set<KeyResultUpdate>();
    public DbSet<GoalComment> GoalComments => Set<GoalComment>();
    public DbSet<GoalPeriod> GoalPeriods => Set<GoalPeriod>();
    public DbSet<OneOnOneSeries> OneOnOneSeries => Set<OneOnOneSeries>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<PrivateNote> PrivateNotes => Set<PrivateNote>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<AskedQuestion> AskedQuestions => Set<AskedQuestion>();
    public DbSet<OrgQuestion> OrgQuestions => Set<OrgQuestion>();
    public DbSet<MeetingRating> MeetingRatings => Set<MeetingRating>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<MeetingTemplate> MeetingTemplates => Set<MeetingTemplate>();
    public DbSet<TemplateSection> TemplateSections => Set<TemplateSection>();
    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();
    public DbSet<FeedbackValueTag> FeedbackValueTags => Set<FeedbackValueTag>();
    public DbSet<CompanyValue> CompanyValues => Set<CompanyValue>();
    public DbSet<FeedbackReaction> FeedbackReactions => Set<FeedbackReaction>();
    public DbSet<FeedbackRequest> FeedbackRequests => Set<FeedbackRequest>();
    public DbSet<FeedbackRequestRecipient> FeedbackRequestRecipients => Set<FeedbackRequestRecipient>();
    public DbSet<AnonymousGiver> AnonymousGivers => Set<AnonymousGiver>();
    public DbSet<AnonymousBatch> AnonymousBatches => Set<AnonymousBatch>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NoticePreference> NoticePreferences => Set<NoticePreference>();
    public DbSet<NoticeDefault> NoticeDefaults => Set<NoticeDefault>();
    public DbSet<QuietHours> QuietHours => Set<QuietHours>();
    public DbSet<ReminderRun> ReminderRuns => Set<ReminderRun>();
    public DbSet<CapabilityCategory> CapabilityCategories => Set<CapabilityCategory>();
    public DbSet<Capability> Capabilities => Set<Capability>();
    public DbSet<CompetenceLevel> CompetenceLevels => Set<CompetenceLevel>();
    public DbSet<RoleProfile> RoleProfiles => Set<RoleProfile>();
    public DbSet<RoleRequirement> RoleRequirements => Set<RoleRequirement>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();
    public DbSet<RouteOption> RouteOptions => Set<RouteOption>();
    public DbSet<DevelopmentAction> DevelopmentActions => Set<DevelopmentAction>();
    public DbSet<LearningResource> LearningResources => Set<LearningResource>();
    public DbSet<PersonCapabilityLevel> PersonCapabilityLevels => Set<PersonCapabilityLevel>();
    public DbSet<CapabilityGapTotal> CapabilityGapTotals => Set<CapabilityGapTotal>();
    public DbSet<ReviewTemplate> ReviewTemplates => Set<ReviewTemplate>();
    public DbSet<ReviewCycle> ReviewCycles => Set<ReviewCycle>();
    public DbSet<ReviewParticipant> ReviewParticipants => Set<ReviewParticipant>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<PeerNomination> PeerNominations => Set<PeerNomination>();
    public DbSet<RecognitionOutcome> RecognitionOutcomes => Set<RecognitionOutcome>();
    public DbSet<CalibrationSession> CalibrationSessions => Set<CalibrationSession>();
    public DbSet<CalibrationParticipant> CalibrationParticipants => Set<CalibrationParticipant>();
    public DbSet<CalibrationEntry> CalibrationEntries => Set<CalibrationEntry>();
    public DbSet<CalibrationChange> CalibrationChanges => Set<CalibrationChange>();
    public DbSet<ImprovementPlan> ImprovementPlans => Set<ImprovementPlan>();
    public DbSet<ImprovementCheckpoint> ImprovementCheckpoints => Set<ImprovementCheckpoint>();
    public DbSet<PersonAttribute> PersonAttributes => Set<PersonAttribute>();
    public DbSet<TalentReview> TalentReviews => Set<TalentReview>();
    public DbSet<TalentParticipant> TalentParticipants => Set<TalentParticipant>();
    public DbSet<KeyRole> KeyRoles => Set<KeyRole>();
    public DbSet<Successor> Successors => Set<Successor>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TandemDb).Assembly);
        Tenancy.Apply(builder, this);
        // PeopleFinder and goal search read a prefix as a range of the index, which must compare code points, as SQLite does: under a
        // language's collation PostgreSQL skips punctuation, and "priya@" would miss priya@example.com.
        if (Database.IsNpgsql())
        {
            builder.Entity<Person>(person =>
            {
                person.Property(p => p.NameKey).UseCollation("C");
                person.Property(p => p.SurnameKey).UseCollation("C");
                person.Property(p => p.Email).UseCollation("C");
            });
            builder.Entity<GoalWord>().Property(w => w.Word).UseCollation("C");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no instant type: store UTC ticks so instants compare and sort in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            // Ids as 16-byte blobs rather than 36-character text, in every key and index (decision 013). The default
            // mapping covers values with no column to take the mapping from, such as raw SQL's parameters.
            configurationBuilder.Properties<Guid>().HaveConversion<GuidBytesConverter>();
            configurationBuilder.DefaultTypeMapping<Guid>().HasConversion<GuidBytesConverter>();
        }
    }
}
