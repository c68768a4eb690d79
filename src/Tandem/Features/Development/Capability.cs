using Tandem.Data;

namespace Tandem.Features.Development;

/// <summary>A skill, behaviour or piece of knowledge the organisation cares about, in one category.</summary>
public sealed class Capability : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid CategoryId { get; set; }
    public required string Name { get; set; }
    public CapabilityKind Kind { get; set; }
    public string? Description { get; set; }
}

/// <summary>A group of capabilities in the organisation's framework (e.g. "Engineering craft", "Leadership").</summary>
public sealed class CapabilityCategory : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
}

public enum CapabilityKind
{
    Skill,
    Behaviour,
    Knowledge,
}

/// <summary>One level of the organisation's competence scale (1 = lowest). Organisations may rename levels.</summary>
public sealed class CompetenceLevel : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public int Level { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
}

/// <summary>
/// What a role needs: for people with this job title (or, failing that, in this team), the level required per
/// capability today and the level the business will need by <see cref="FutureDate"/>.
/// </summary>
public sealed class RoleProfile : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? JobTitle { get; set; }
    public Guid? TeamId { get; set; }
    public DateOnly? FutureDate { get; set; }
    public List<RoleRequirement> Requirements { get; set; } = [];
}

/// <summary>A role profile's required level for one capability, now and in future (either may be unset).</summary>
public sealed class RoleRequirement : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid ProfileId { get; set; }
    public Guid CapabilityId { get; set; }
    public int? RequiredNow { get; set; }
    public int? RequiredFuture { get; set; }
}

/// <summary>A self or manager assessment of one person's level in one capability, with evidence. The latest counts.</summary>
public sealed class Assessment : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CapabilityId { get; set; }
    public Guid AssessorId { get; set; }
    public AssessmentKind Kind { get; set; }
    public int Level { get; set; }
    public string? Evidence { get; set; }
    /// <summary>Feedback about the person the assessor pointed to as evidence (shown only to readers who may read it).</summary>
    public Guid? FeedbackId { get; set; }
    /// <summary>A goal the assessor pointed to as evidence (shown only to readers who may read it).</summary>
    public Guid? GoalId { get; set; }
    public DateTimeOffset At { get; set; }
}

public enum AssessmentKind
{
    Self,
    Manager,
}
