using Tandem.Security;

namespace Tandem.Features.Improvement;

/// <summary>
/// Who reads and writes improvement plans (docs/security.md): the person, their manager chain and HR admins read them —
/// an HR admin's read outside their own reporting line is audited; the person's direct manager sets one up, and they and HR
/// admins add checkpoints and record the outcome;
/// the person comments on checkpoints. Nobody else learns that a plan exists.
/// </summary>
public sealed class ImprovementAccess(Reach reach)
{
    public async Task<bool> CanReadAsync(Guid personId, CancellationToken ct) =>
        reach.IsMe(personId) || reach.IsHrAdmin || await reach.CanReadAsManagerAsync(personId, ct);

    /// <summary>A plan is set up by the person's direct manager, who writes its expectations as goals of their report's.</summary>
    public Task<bool> CanCreateAsync(Guid personId, CancellationToken ct) => reach.IsDirectManagerOfAsync(personId, ct);

    public async Task<bool> CanWriteAsync(Guid personId, CancellationToken ct) =>
        !reach.IsMe(personId) && (reach.IsHrAdmin || await reach.IsDirectManagerOfAsync(personId, ct));

    public bool IsThePerson(Guid personId) => reach.IsMe(personId);
}
