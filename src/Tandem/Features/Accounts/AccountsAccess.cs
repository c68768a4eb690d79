using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>
/// Who may do what with accounts: everyone signs in and keeps their own password, access tokens and calendar feed; HR
/// and org admins list invitations and create invitation links.
/// </summary>
public static class AccountsAccess
{
    /// <summary>See who has not set a password yet.</summary>
    public static bool CanListInvitations(CurrentUser me) => me.IsHrAdmin || me.IsOrgAdmin;

    /// <summary>
    /// Create someone's invitation link. Whoever holds the link can become that person, so the link of
    /// someone who holds a role is only for org admins to hand over.
    /// </summary>
    public static bool CanInvite(CurrentUser me, OrgRoles personRoles) => CanInvite(me.Roles, personRoles);

    /// <summary>The same for an issuer's roles as they are now: accepting a link checks it again.</summary>
    public static bool CanInvite(OrgRoles issuerRoles, OrgRoles personRoles) =>
        personRoles == OrgRoles.None ? issuerRoles != OrgRoles.None : issuerRoles.HasFlag(OrgRoles.OrgAdmin);
}
