using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>
/// Who may do what with people's records. Everyone in an organisation may read its directory, org chart and
/// profiles (work contact details); changes belong to HR admins, roles to org admins.
/// </summary>
public static class PeopleAccess
{
    /// <summary>Add, edit, deactivate, import, export and invite people.</summary>
    public static bool CanManagePeople(CurrentUser me) => me.IsHrAdmin;

    /// <summary>
    /// Create someone's invitation link. Whoever holds the link can become that person, so the link of
    /// someone who holds a role is only for org admins to hand over.
    /// </summary>
    public static bool CanInvite(CurrentUser me, OrgRoles personRoles) => CanInvite(me.Roles, personRoles);

    /// <summary>The same for an issuer's roles as they are now: accepting a link checks it again.</summary>
    public static bool CanInvite(OrgRoles issuerRoles, OrgRoles personRoles) =>
        personRoles == OrgRoles.None ? issuerRoles != OrgRoles.None : issuerRoles.HasFlag(OrgRoles.OrgAdmin);

    /// <summary>Grant and remove the HR admin and org admin roles.</summary>
    public static bool CanChangeRoles(CurrentUser me) => me.IsOrgAdmin;
}
