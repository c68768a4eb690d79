using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>
/// The invitations admins hand over: people who have not set a password yet, by name, keyset-paged. A link is a
/// secret stored only as a hash, so the list never shows one; creating a new link (<see cref="InvitationService.InviteAsync"/>)
/// shows it once and makes the old one stop working.
/// </summary>
public sealed class InvitationQueries(TandemDb db, CurrentUser current, TimeProvider time)
{
    /// <summary>Pending (or expired) invitations; null when the signed-in person is neither HR nor org admin.</summary>
    public async Task<Page<InvitationEntry>?> ListAsync(InvitationQuery query, CancellationToken ct)
    {
        if (!MayList) return null;
        var limit = Cursor.Limit(query.Limit);
        var unused = db.Invitations.Where(i => i.AcceptedAt == null);
        var people = Invited(query.Status ?? InvitationStatus.Pending);
        if (Cursor.Decode(query.After, 2) is [var name, var idText] && Guid.TryParse(idText, out var id))
            // Name >= first, so that the (organisation, name) index gives the starting point, as the people list does.
            people = people.Where(p => string.Compare(p.Name, name) >= 0 && (string.Compare(p.Name, name) > 0 || p.Id > id));

        // Scalar subqueries: an object taken with First() here becomes a window over every invitation of the organisation.
        var rows = await people.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(limit + 1)
            .Select(p => new
            {
                p.Id, p.Name, p.Email, p.Title, p.Roles,
                InvitedAt = unused.Where(i => i.PersonId == p.Id).OrderByDescending(i => i.ExpiresAt).Select(i => (DateTimeOffset?)i.CreatedAt).FirstOrDefault(),
                ExpiresAt = unused.Where(i => i.PersonId == p.Id).OrderByDescending(i => i.ExpiresAt).Select(i => (DateTimeOffset?)i.ExpiresAt).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var entries = rows.Select(r => new InvitationEntry(r.Id, r.Name, r.Email, r.Title, r.InvitedAt, r.ExpiresAt,
            AccountsAccess.CanInvite(current, r.Roles))).ToList();
        return Cursor.ToPage(entries, limit, e => Cursor.Encode(e.Name, e.PersonId.ToString()));
    }

    /// <summary>How many people the list has in all, for "showing 50 of N".</summary>
    public Task<int> CountAsync(InvitationStatus status, CancellationToken ct) => MayList ? Invited(status).CountAsync(ct) : Task.FromResult(0);

    private bool MayList => AccountsAccess.CanListInvitations(current);

    // People who have not left and have no account, with an open invitation (or only ones that ran out).
    private IQueryable<Person> Invited(InvitationStatus status)
    {
        var now = time.GetUtcNow();
        var organizationId = current.OrganizationId;
        var unused = db.Invitations.Where(i => i.AcceptedAt == null);
        var people = db.People.AsNoTracking()
            .Where(p => p.Status != PersonStatus.Left && !db.Users.Any(u => u.OrganizationId == organizationId && u.PersonId == p.Id));
        return status == InvitationStatus.Expired
            ? people.Where(p => unused.Any(i => i.PersonId == p.Id) && !unused.Any(i => i.PersonId == p.Id && i.ExpiresAt > now))
            : people.Where(p => unused.Any(i => i.PersonId == p.Id && i.ExpiresAt > now));
    }
}

/// <summary>Which invitations to list: still open, or run out without being used.</summary>
public enum InvitationStatus
{
    Pending,
    Expired,
}

/// <summary>Filters for the invitations list. All optional; the default is pending invitations.</summary>
public sealed record InvitationQuery(InvitationStatus? Status = null, string? After = null, int? Limit = null);

/// <summary>Someone without an account whose invitation is open (or ran out). Never the link: it was shown once, when made.</summary>
/// <param name="CanCreateLink">Whether you may create a new link for them (people who hold a role: org admins only).</param>
public sealed record InvitationEntry(Guid PersonId, string Name, string Email, string? Title, DateTimeOffset? InvitedAt,
    DateTimeOffset? ExpiresAt, bool CanCreateLink);
