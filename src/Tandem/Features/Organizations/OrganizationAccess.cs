using Tandem.Security;

namespace Tandem.Features.Organizations;

/// <summary>Every member reads the organisation's name and settings; org admins alone change them.</summary>
public sealed class OrganizationAccess(Reach reach)
{
    public const string ChangeRefusal = "Only org admins change organisation settings.";

    public bool CanChangeSettings => reach.IsOrgAdmin;
}
