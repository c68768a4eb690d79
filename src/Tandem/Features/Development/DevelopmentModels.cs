namespace Tandem.Features.Development;

/// <summary>The whole framework: the competence scale, and categories with their capabilities.</summary>
public sealed record FrameworkInfo(IReadOnlyList<LevelInfo> Scale, IReadOnlyList<CategoryInfo> Categories);

/// <summary>A level of the competence scale.</summary>
public sealed record LevelInfo(int Level, string Name, string Description);

/// <summary>A category and its capabilities.</summary>
public sealed record CategoryInfo(Guid Id, string Name, IReadOnlyList<CapabilityInfo> Capabilities);

/// <summary>A capability of the framework.</summary>
public sealed record CapabilityInfo(Guid Id, Guid CategoryId, string Name, CapabilityKind Kind, string? Description);

/// <summary>Add a category (HR admin).</summary>
public sealed record CategoryInput(string Name);

/// <summary>Add or change a capability in a category (HR admin). Names are unique within a category.</summary>
public sealed record CapabilityInput(Guid CategoryId, string Name, CapabilityKind Kind, string? Description);

/// <summary>Rename a level of the competence scale or say what it looks like (HR admin).</summary>
public sealed record LevelInput(string Name, string Description);

/// <summary>A role profile: for a job title (or a team), the levels required now and by a future date.</summary>
public sealed record RoleProfileInput(string Name, string? JobTitle, Guid? TeamId, DateOnly? FutureDate, IReadOnlyList<RequirementInput> Requirements);

/// <summary>The level a role needs in one capability, now and in future.</summary>
public sealed record RequirementInput(Guid CapabilityId, int? RequiredNow, int? RequiredFuture);

/// <summary>A role profile with its requirements.</summary>
public sealed record RoleProfileInfo(Guid Id, string Name, string? JobTitle, Guid? TeamId, DateOnly? FutureDate, IReadOnlyList<RequirementInput> Requirements);

/// <summary>Assess a capability: your own level (self), or as their manager a report's, with evidence.</summary>
/// <param name="FeedbackId">Feedback about the person you may read, as evidence (optional).</param>
/// <param name="GoalId">A goal you may read, as evidence (optional).</param>
public sealed record AssessmentInput(Guid CapabilityId, int Level, string? Evidence, Guid? FeedbackId = null, Guid? GoalId = null);

/// <summary>One capability for one person: both views side by side, what the role needs, and the gaps.</summary>
/// <param name="GapNow">Levels short of today's requirement; null when not assessed or not required ("not assessed" is not zero).</param>
public sealed record CapabilityGap(CapabilityInfo Capability, int? Self, string? SelfEvidence, int? Manager, string? ManagerEvidence,
    int? Current, int? RequiredNow, int? RequiredFuture, int? GapNow, int? GapFuture,
    IReadOnlyList<EvidenceLink>? SelfLinks = null, IReadOnlyList<EvidenceLink>? ManagerLinks = null);

/// <summary>A goal or a feedback item an assessment points to, as the reader may see it (links they may not read are left out).</summary>
/// <param name="Label">The goal's title, or the start of the feedback's text.</param>
public sealed record EvidenceLink(EvidenceKind Kind, Guid Id, string Label);

public enum EvidenceKind
{
    Goal,
    Feedback,
}

/// <summary>A person's capabilities against their role profile (if any).</summary>
public sealed record PersonCapabilities(Guid PersonId, string Name, RoleProfileInfo? Profile, IReadOnlyList<LevelInfo> Scale,
    IReadOnlyList<CapabilityGap> Capabilities, bool CanAssessSelf, bool CanAssessAsManager);
