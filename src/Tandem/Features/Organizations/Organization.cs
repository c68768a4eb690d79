using Tandem.Data;

namespace Tandem.Features.Organizations;

/// <summary>The tenant: one customer organisation and its settings.</summary>
public sealed class Organization : ITimestamped
{
    /// <summary>Smallest anonymity threshold any organisation may choose (docs/security.md, "Anonymity").</summary>
    public const int MinimumAnonymityThreshold = 3;

    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Short, URL-safe, unique name.</summary>
    public required string Slug { get; set; }
    /// <summary>IANA time zone used where a person has none.</summary>
    public string TimeZone { get; set; } = "UTC";
    /// <summary>Aggregates of anonymous answers are shown only over at least this many respondents.</summary>
    public int AnonymityThreshold { get; set; } = MinimumAnonymityThreshold;
    /// <summary>Whether managers above the direct manager may read what the direct manager may read.</summary>
    public bool ManagerChainCanRead { get; set; } = true;
    /// <summary>Whether individual goals need the manager's approval (draft → submitted → approved).</summary>
    public bool RequireGoalApproval { get; set; }
    /// <summary>Whether people may give upward and peer feedback anonymously (shown only over the threshold).</summary>
    public bool AllowAnonymousFeedback { get; set; }
    /// <summary>Whether a person sees who wrote their peer reviews (their manager and HR always do).</summary>
    public bool NamePeersToEmployee { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
