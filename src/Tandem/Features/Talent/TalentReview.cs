using Tandem.Data;

namespace Tandem.Features.Talent;

/// <summary>
/// A talent review: a group HR sets up (e.g. "Engineering leadership") whose participants review the key roles in it —
/// who could succeed each holder, how ready they are, the risk of losing the holder and what that would cost. Read by HR
/// admins and its participants alone (docs/security.md, "Talent review and succession").
/// </summary>
public sealed class TalentReview : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
