namespace Tandem.Features.People;

/// <summary>
/// What a change to a person means for their sign-in, inside the same transaction. Accounts answers it; People knows
/// nothing else of accounts or invitations.
/// </summary>
public interface IPersonAccounts
{
    /// <summary>Whether the person has set a password (has an account).</summary>
    Task<bool> HasAccountAsync(Guid personId, CancellationToken ct);

    /// <summary>The person's email is now <paramref name="email"/>: their sign-in follows it.</summary>
    Task EmailChangedAsync(Guid personId, string email, CancellationToken ct);

    /// <summary>The person left: every session and token of theirs stops working.</summary>
    Task LeftAsync(Guid personId, CancellationToken ct);

    /// <summary>The person's email or roles changed: a link issued before must not let its holder become them.</summary>
    Task WithdrawInvitationsAsync(Guid personId, CancellationToken ct);

    /// <summary>Invitations (without links; admins create those later) for people an import created; how many.</summary>
    Task<int> InviteNewPeopleAsync(IReadOnlyList<(Guid Id, string Email)> people, CancellationToken ct);
}
