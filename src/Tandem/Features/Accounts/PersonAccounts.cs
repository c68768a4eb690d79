using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>A person's account and invitations follow the changes People makes to the person.</summary>
public sealed class PersonAccounts(TandemDb db, CurrentUser current, InvitationBatch batch) : IPersonAccounts
{
    public Task<bool> HasAccountAsync(Guid personId, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.OrganizationId == current.OrganizationId && u.PersonId == personId, ct);

    public Task EmailChangedAsync(Guid personId, string email, CancellationToken ct) =>
        db.Users.Where(u => u.OrganizationId == current.OrganizationId && u.PersonId == personId && u.Email != email)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Email, email)
                .SetProperty(u => u.UserName, UserAccount.UserNameFor(current.OrganizationId, email))
                .SetProperty(u => u.NormalizedEmail, email.ToUpperInvariant())
                .SetProperty(u => u.NormalizedUserName, UserAccount.UserNameFor(current.OrganizationId, email).ToUpperInvariant())
                .SetProperty(u => u.EmailConfirmed, false), ct);

    public Task LeftAsync(Guid personId, CancellationToken ct) =>
        db.Users.Where(u => u.OrganizationId == current.OrganizationId && u.PersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N")), ct);

    public Task WithdrawInvitationsAsync(Guid personId, CancellationToken ct) =>
        db.Invitations.Where(i => i.PersonId == personId && i.AcceptedAt == null).ExecuteDeleteAsync(ct);

    public Task<int> InviteNewPeopleAsync(IReadOnlyList<(Guid Id, string Email)> people, CancellationToken ct) =>
        batch.IssueToNewPeopleAsync(people, ct);
}
