using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>Which organisation-wide roles a person holds.</summary>
public sealed record RolesInput(bool HrAdmin, bool OrgAdmin)
{
    public OrgRoles ToRoles() => (HrAdmin ? OrgRoles.HrAdmin : OrgRoles.None) | (OrgAdmin ? OrgRoles.OrgAdmin : OrgRoles.None);
}
