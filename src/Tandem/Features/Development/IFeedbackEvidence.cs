namespace Tandem.Features.Development;

/// <summary>
/// Feedback as evidence of capabilities: what an assessment may cite and how feedback on a plan's capabilities moves.
/// Feedback answers it, as far as the signed-in person may read; Development knows nothing else of feedback.
/// </summary>
public interface IFeedbackEvidence
{
    /// <summary>The latest feedback about the person that the viewer may read, newest first, labelled to pick from.</summary>
    Task<List<EvidenceLink>> LatestAboutAsync(Guid personId, int limit, CancellationToken ct);

    /// <summary>Those of the given feedback items about the person that the viewer may read, with an excerpt each.</summary>
    Task<List<EvidenceLink>> ReadableAsync(Guid personId, IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>
    /// For each capability and the moment work on it started (a plan action's creation): the feedback the viewer may read
    /// about the person on that capability in the half year before, and since.
    /// </summary>
    Task<List<CapabilityFeedback>> CapabilityTrendsAsync(Guid personId, IReadOnlyCollection<(Guid CapabilityId, DateTimeOffset Since)> starts, CancellationToken ct);
}
