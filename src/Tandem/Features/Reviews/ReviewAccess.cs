using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>
/// Who may read a person's reviews in a cycle (docs/security.md, "Reviews"): the person, only once their review is
/// released; the manager who writes their manager review; the managers above, when the organisation lets the chain read;
/// HR admins. Peers read only the review they write; nobody reads a draft but its writer; another organisation's
/// cycles don't exist. Upward reviews are read by nobody one by one, only as aggregates over the threshold.
/// </summary>
public sealed class ReviewAccess(Reach reach)
{
    public async Task<ResultsReader?> ReaderAsync(ReviewParticipant participant, CancellationToken ct)
    {
        if (reach.IsMe(participant.PersonId)) return participant.ReleasedAt is null ? null : ResultsReader.Subject;
        if (reach.IsMe(participant.ReviewerId)) return ResultsReader.Manager;
        if (reach.IsHrAdmin) return ResultsReader.HrAdmin;
        return await reach.CanReadAsManagerAsync(participant.PersonId, ct) ? ResultsReader.ManagerChain : null;
    }
}

/// <summary>How a reader relates to the person whose reviews they read.</summary>
public enum ResultsReader
{
    Subject,
    Manager,
    ManagerChain,
    HrAdmin,
}
