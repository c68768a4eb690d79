namespace Tandem.Features.Organizations;

/// <summary>The organisation's settings as members read them and org admins change them.</summary>
public sealed record OrganizationSettingsDto(string Name, string TimeZone, int AnonymityThreshold, bool ManagerChainCanRead, bool RequireGoalApproval = false,
    bool AllowAnonymousFeedback = false, bool NamePeersToEmployee = false);
