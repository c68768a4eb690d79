namespace Tandem.Security;

/// <summary>
/// Organisation-wide roles. Everyone is an employee; "manager of X" is never a role — it comes from the
/// reporting line.
/// </summary>
[Flags]
public enum OrgRoles
{
    None = 0,
    /// <summary>Configures people, cycles, templates, frameworks, surveys; reads what HR needs.</summary>
    HrAdmin = 1,
    /// <summary>Tenant settings, roles, integrations and security.</summary>
    OrgAdmin = 2,
}

/// <summary>Role and policy names used in authorization metadata.</summary>
public static class Policies
{
    /// <summary>Any signed-in, active person of an organisation.</summary>
    public const string Member = nameof(Member);
    public const string HrAdmin = nameof(HrAdmin);
    public const string OrgAdmin = nameof(OrgAdmin);
    /// <summary>HR admin or org admin: audit log and other admin-only reading.</summary>
    public const string Admin = nameof(Admin);
}
