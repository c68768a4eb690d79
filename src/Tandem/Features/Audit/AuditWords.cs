namespace Tandem.Features.Audit;

/// <summary>
/// What each of <see cref="AuditActions"/> is called: the one place the audit log's filter, rows and CSV take their words
/// from (a test fails for an action without them).
/// </summary>
public static class AuditWords
{
    private static readonly Dictionary<string, ActionWords> Words = new(StringComparer.Ordinal)
    {
        [AuditActions.SignInSucceeded] = new("Signed in"),
        [AuditActions.SignInFailed] = new("Failed to sign in"),
        [AuditActions.SignInLockedOut] = new("Locked out after failed sign-ins"),
        [AuditActions.SignedOut] = new("Signed out"),
        [AuditActions.PasswordChanged] = new("Changed password"),
        [AuditActions.PasswordResetRequested] = new("Asked for a password reset link"),
        [AuditActions.InvitationCreated] = new("Created an invitation link", "Created an invitation link for "),
        [AuditActions.InvitationAccepted] = new("Accepted an invitation"),
        [AuditActions.TokenCreated] = new("Created an access token"),
        [AuditActions.TokenRevoked] = new("Revoked an access token"),
        [AuditActions.RolesChanged] = new("Changed roles", "Changed roles of "),
        [AuditActions.PersonCreated] = new("Added a person", "Added "),
        [AuditActions.PersonUpdated] = new("Changed a person's details", "Changed details of "),
        [AuditActions.PeopleImported] = new("Imported people"),
        [AuditActions.PeopleExported] = new("Exported people"),
        [AuditActions.SettingsChanged] = new("Changed organisation settings"),
        [AuditActions.NoticeDefaultsChanged] = new("Changed the organisation's notice defaults"),
        [AuditActions.AuditLogRead] = new("Read the audit log", "Read the audit log about "),
        [AuditActions.AuditLogExported] = new("Exported the audit log", "Exported the audit log about "),
        [AuditActions.AdminRead] = new("Read someone's private data", "Read private data of "),
        [AuditActions.GoalPeriodClosed] = new("Closed a goal period"),
        [AuditActions.GoalsImported] = new("Imported goals"),
        [AuditActions.GoalsExported] = new("Exported goals"),
        [AuditActions.CalibrationSessionCreated] = new("Set up a calibration session"),
        [AuditActions.ImprovementPlanCreated] = new("Set up an improvement plan", "Set up an improvement plan for "),
        [AuditActions.ImprovementPlanChanged] = new("Changed an improvement plan", "Changed the improvement plan of "),
        [AuditActions.RecognitionRecorded] = new("Recorded recognition", "Recorded recognition of "),
        [AuditActions.TalentReviewCreated] = new("Set up a talent review"),
        [AuditActions.TalentChanged] = new("Changed a talent review", "Changed in a talent review the entry of "),
        [AuditActions.AttributesChanged] = new("Changed people's recorded attributes", "Changed the recorded attributes of "),
        [AuditActions.CalibrationChanged] = new("Changed a rating in calibration", "Changed in calibration the rating of "),
    };

    /// <summary>Every action with its words, by label: the choices of the audit log's filter.</summary>
    public static IEnumerable<KeyValuePair<string, ActionWords>> All => Words.OrderBy(w => w.Value.Label, StringComparer.Ordinal);

    public static bool IsKnown(string action) => Words.ContainsKey(action);

    /// <summary>The words for an action; an action no longer in the code (an old row) is shown as it was stored.</summary>
    public static ActionWords For(string action) => Words.GetValueOrDefault(action) ?? new ActionWords(action);
}
