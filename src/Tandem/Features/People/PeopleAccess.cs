using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>
/// Who may do what with people's records. Everyone in an organisation may read its directory, org chart and
/// profiles (work contact details); changes belong to HR admins, roles to org admins. Invitation links: see Accounts/AccountsAccess.
/// </summary>
public static class PeopleAccess
{
    /// <summary>Add, edit, deactivate, import and export people.</summary>
    public static bool CanManagePeople(CurrentUser me) => me.IsHrAdmin;

    /// <summary>Grant and remove the HR admin and org admin roles.</summary>
    public static bool CanChangeRoles(CurrentUser me) => me.IsOrgAdmin;
}
