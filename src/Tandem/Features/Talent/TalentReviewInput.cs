namespace Tandem.Features.Talent;

/// <summary>A new talent review: its name and the people HR invites to it.</summary>
public sealed record TalentReviewInput(string? Name, List<Guid>? ParticipantIds);

/// <summary>The whole list of a review's participants, replacing the one it had.</summary>
public sealed record ParticipantsInput(List<Guid>? ParticipantIds);

/// <summary>
/// A key role, new or changed: its title, holder (none when open), whether it leads people, the holder's flight risk and the
/// impact of losing them, and notes. <see cref="Version"/> is the role's when it is changed, against lost updates.
/// </summary>
public sealed record KeyRoleInput(string? Title, Guid? HolderId, bool LeadsPeople, Level? FlightRisk, Level? ImpactOfLoss, string? Notes, long Version = 0);

/// <summary>A nomination: who, how ready, their flight risk and notes.</summary>
public sealed record SuccessorInput(Guid PersonId, Readiness Readiness, Level? FlightRisk, string? Notes);

/// <summary>A change to a nomination, against its <see cref="Version"/>.</summary>
public sealed record SuccessorChange(Readiness Readiness, Level? FlightRisk, string? Notes, long Version);

/// <summary>A talent review in a list.</summary>
public sealed record TalentReviewSummary(Guid Id, string Name, int Roles, int Participants);

/// <summary>A talent review with its participants and its key roles' bench strength.</summary>
public sealed record TalentReviewDetails(Guid Id, string Name, IReadOnlyList<People.PersonRef> Participants, IReadOnlyList<KeyRoleSummary> Roles, bool CanManage);

/// <summary>A key role in its review: the holder, the risk, and how many successors are ready when.</summary>
public sealed record KeyRoleSummary(Guid Id, string Title, string? Holder, Level? FlightRisk, Level? ImpactOfLoss, int ReadyNow, int OneToTwoYears, int Later, int Warnings)
{
    /// <summary>High impact of loss, high flight risk, and nobody ready now: the roles to act on first.</summary>
    public bool AtRisk => ImpactOfLoss == Level.High && FlightRisk == Level.High && ReadyNow == 0;
}

/// <summary>A key role as its readers see it, with its successors (nobody reads a nomination of themselves).</summary>
public sealed record KeyRoleDetails(Guid Id, Guid ReviewId, string Review, string Title, Guid? HolderId, string? Holder, string? HolderEmail, bool LeadsPeople, Level? FlightRisk,
    Level? ImpactOfLoss, string? Notes, IReadOnlyList<SuccessorDetails> Successors, bool CanManage, long Version);

/// <summary>A successor, with what their own development plan says against the nomination.</summary>
public sealed record SuccessorDetails(Guid Id, Guid PersonId, string Name, string? Title, Readiness Readiness, string ReadinessLabel, Level? FlightRisk, string? Notes,
    string NominatedBy, IReadOnlyList<string> Warnings, long Version);
