using Tandem.Data;

namespace Tandem.Features.Reviews;

/// <summary>
/// What a cycle leads to for one person beyond the review: a note, and whether their manager recommends a promotion or a
/// raise (amounts are out of scope). Recorded by the reviewing manager or HR; read by HR and the person's manager chain,
/// not by the person.
/// </summary>
public sealed class RecognitionOutcome : ITenantOwned, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public bool Promotion { get; set; }
    public bool Raise { get; set; }
    public string? Note { get; set; }
    public Guid ById { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>The recognition of a person in a cycle; <see cref="Version"/> is 0 for a new one.</summary>
public sealed record RecognitionInput(bool Promotion, bool Raise, string? Note, long Version);

/// <summary>The recognition as its readers see it.</summary>
public sealed record RecognitionInfo(bool Promotion, bool Raise, string? Note, string By, DateTimeOffset At, long Version);
