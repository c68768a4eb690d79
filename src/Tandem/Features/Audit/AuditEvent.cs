using Tandem.Data;

namespace Tandem.Features.Audit;

/// <summary>A security-relevant action, or an admin's read of someone else's data. Append-only.</summary>
public sealed class AuditEvent : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The person who acted; null for the system or an unknown caller.</summary>
    public Guid? ActorId { get; set; }
    public required string Action { get; set; }
    /// <summary>The person the action was about, if any.</summary>
    public Guid? SubjectId { get; set; }
    /// <summary>Human-readable specifics, never secrets.</summary>
    public string? Detail { get; set; }
    public string? IpAddress { get; set; }
}

/// <summary>The audited actions. Stored as text, so new ones never renumber old rows; each has its words in <see cref="AuditWords"/>.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLockedOut = "sign-in.locked-out";
    public const string SignedOut = "sign-out";
    public const string PasswordChanged = "password.changed";
    public const string PasswordResetRequested = "password.reset-requested";
    public const string InvitationCreated = "invitation.created";
    public const string InvitationAccepted = "invitation.accepted";
    public const string TokenCreated = "access-token.created";
    public const string TokenRevoked = "access-token.revoked";
    public const string RolesChanged = "roles.changed";
    public const string PersonCreated = "person.created";
    public const string PersonUpdated = "person.updated";
    public const string PeopleImported = "people.imported";
    public const string PeopleExported = "people.exported";
    public const string SettingsChanged = "organization.settings-changed";
    public const string NoticeDefaultsChanged = "notice-defaults.changed";
    public const string AuditLogRead = "audit-log.read";
    public const string AuditLogExported = "audit-log.exported";
    /// <summary>An admin read someone's private item that no reporting line gave them (detail: what).</summary>
    public const string AdminRead = "admin.read-private";
    public const string GoalPeriodClosed = "goal-period.closed";
    public const string GoalsImported = "goals.imported";
    public const string GoalsExported = "goals.exported";
    public const string CalibrationSessionCreated = "calibration.session-created";
    /// <summary>A calibration session changed someone's rating or potential (subject: the person; detail: from, to and why).</summary>
    public const string CalibrationChanged = "calibration.changed";
    public const string ImprovementPlanCreated = "improvement-plan.created";
    public const string ImprovementPlanChanged = "improvement-plan.changed";
    public const string RecognitionRecorded = "recognition.recorded";
    public const string TalentReviewCreated = "talent.review-created";
    /// <summary>A talent review's participants, key roles or successors changed (subject: the holder or successor, if any).</summary>
    public const string TalentChanged = "talent.changed";
    public const string AttributesChanged = "person-attributes.changed";

    /// <summary>The actions only HR admins read in the log (<see cref="AuditAccess"/>).</summary>
    public static readonly IReadOnlyList<string> HrOnly =
        [CalibrationSessionCreated, CalibrationChanged, ImprovementPlanCreated, ImprovementPlanChanged, RecognitionRecorded,
        TalentReviewCreated, TalentChanged, AttributesChanged];
}
