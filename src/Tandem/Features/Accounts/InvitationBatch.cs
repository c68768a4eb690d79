using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>
/// Invitations for the people an import creates, written in bulk and without their links: a link is a
/// secret shown only when it is made, and an answer of 50,000 links was 11 MB. Admins create each person's link from
/// the invitations list (<see cref="InvitationService.InviteAsync"/>, which replaces the pending invitation). Where
/// <c>Invitations:LogLinks</c> is on (the default in Development only), the links go to the application log.
/// </summary>
public sealed class InvitationBatch(
    TandemDb db,
    CurrentUser current,
    AuditService audit,
    TimeProvider time,
    PublicUrl publicUrl,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<InvitationBatch> logger)
{
    private const int Batch = 5_000;

    /// <summary>
    /// Invites people created in the caller's transaction (so they have no account and no invitation yet), written a
    /// batch at a time; returns how many were invited.
    /// </summary>
    public async Task<int> IssueToNewPeopleAsync(IReadOnlyList<(Guid Id, string Email)> people, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var logLinks = configuration.GetValue("Invitations:LogLinks", environment.IsDevelopment());
        foreach (var batch in people.Chunk(Batch))
        {
            var invitations = new List<Invitation>(batch.Length);
            foreach (var (personId, email) in batch)
            {
                var token = InvitationService.Base64UrlToken();
                invitations.Add(new Invitation
                {
                    Id = Ids.New(time),
                    PersonId = personId,
                    Email = email,
                    TokenHash = AccessTokenHandler.Hash(token),
                    CreatedAt = now,
                    ExpiresAt = now + InvitationService.Lifetime,
                    CreatedById = current.PersonId,
                });
                if (logLinks) logger.LogInformation("Invitation for person {PersonId}: {Url}", personId, publicUrl.For($"/invite/{token}"));
            }
            await db.InsertAsync(invitations, now, ct);
            await db.InsertAsync(batch.Select(p => audit.New(AuditActions.InvitationCreated, p.Id)), now, ct);
        }
        if (people.Count > 0) logger.LogInformation("Import issued {Count} invitations", people.Count);
        return people.Count;
    }
}
