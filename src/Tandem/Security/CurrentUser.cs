using Tandem.Features.People;

namespace Tandem.Security;

/// <summary>
/// Who is making this request: built once per request by <see cref="CurrentUserMiddleware"/> from the
/// signed-in account and its person. Anonymous requests have <see cref="IsAuthenticated"/> false.
/// </summary>
public sealed class CurrentUser
{
    public bool IsAuthenticated { get; private set; }
    public Guid UserId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid PersonId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string TimeZone { get; private set; } = "UTC";
    public OrgRoles Roles { get; private set; }
    /// <summary>This person's managers, nearest first.</summary>
    public IReadOnlyList<Guid> ManagerChain { get; private set; } = [];
    /// <summary>How many people report to this person directly.</summary>
    public int DirectReportCount { get; private set; }
    /// <summary>The organisation's setting: managers above the direct manager may read what it may.</summary>
    public bool ManagerChainCanRead { get; private set; }

    public bool IsHrAdmin => Roles.HasFlag(OrgRoles.HrAdmin);
    public bool IsOrgAdmin => Roles.HasFlag(OrgRoles.OrgAdmin);
    public bool IsManager => DirectReportCount > 0;

    /// <summary>For a token that may not use the person's admin rights: they act as a member, in every service.</summary>
    internal void WithoutAdminRoles() => Roles = OrgRoles.None;

    internal void SignIn(Guid userId, Person person, IReadOnlyList<Guid> managerChain, int directReports, bool managerChainCanRead = true)
    {
        ManagerChainCanRead = managerChainCanRead;
        IsAuthenticated = true;
        UserId = userId;
        OrganizationId = person.OrganizationId;
        PersonId = person.Id;
        Name = person.Name;
        Email = person.Email;
        TimeZone = person.TimeZone;
        Roles = person.Roles;
        ManagerChain = managerChain;
        DirectReportCount = directReports;
    }
}
