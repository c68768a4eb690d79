using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Organizations;

/// <summary>Reads and changes the current organisation's settings.</summary>
public sealed class OrganizationSettings(TandemDb db, CurrentUser current, AuditLog audit)
{
    public Task<OrganizationSettingsDto> GetAsync(CancellationToken ct) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == current.OrganizationId)
            .Select(o => new OrganizationSettingsDto(o.Name, o.TimeZone, o.AnonymityThreshold, o.ManagerChainCanRead, o.RequireGoalApproval, o.AllowAnonymousFeedback))
            .SingleAsync(ct);

    public async Task<Outcome<OrganizationSettingsDto>> UpdateAsync(OrganizationSettingsDto input, CancellationToken ct)
    {
        if (!current.IsOrgAdmin) return Failure.Forbidden("Only org admins change organisation settings.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", 200);
        if (TimeZones.Normalize(input.TimeZone) is null)
            errors.Add(nameof(input.TimeZone), "Use a time zone name such as Europe/Berlin.");
        if (input.AnonymityThreshold is < Organization.MinimumAnonymityThreshold or > 50)
            errors.Add(nameof(input.AnonymityThreshold),
                $"Anonymous answers are shown only over at least {Organization.MinimumAnonymityThreshold} people; choose {Organization.MinimumAnonymityThreshold} to 50.");
        if (errors.Any) return errors.ToFailure();

        var org = await db.Organizations.SingleAsync(o => o.Id == current.OrganizationId, ct);
        var before = new OrganizationSettingsDto(org.Name, org.TimeZone, org.AnonymityThreshold, org.ManagerChainCanRead, org.RequireGoalApproval, org.AllowAnonymousFeedback);
        org.Name = input.Name.Trim();
        org.TimeZone = TimeZones.Normalize(input.TimeZone)!;
        org.AnonymityThreshold = input.AnonymityThreshold;
        org.ManagerChainCanRead = input.ManagerChainCanRead;
        org.RequireGoalApproval = input.RequireGoalApproval;
        org.AllowAnonymousFeedback = input.AllowAnonymousFeedback;
        var after = new OrganizationSettingsDto(org.Name, org.TimeZone, org.AnonymityThreshold, org.ManagerChainCanRead, org.RequireGoalApproval, org.AllowAnonymousFeedback);
        if (after != before)
        {
            audit.Add(AuditActions.SettingsChanged, detail: $"{before} → {after}");
            await db.SaveChangesAsync(ct);
        }
        return after;
    }
}

/// <summary>The organisation's settings as members read them and org admins change them.</summary>
public sealed record OrganizationSettingsDto(string Name, string TimeZone, int AnonymityThreshold, bool ManagerChainCanRead, bool RequireGoalApproval = false,
    bool AllowAnonymousFeedback = false);

public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organization").WithTags("Organization").RequireAuthorization(Policies.Member);
        group.MapGet("/", async (OrganizationSettings settings, CancellationToken ct) => TypedResults.Ok(await settings.GetAsync(ct)))
            .WithName("GetOrganization").WithSummary("Your organisation's name and settings.");
        group.MapPut("/", async (OrganizationSettingsDto input, OrganizationSettings settings, CancellationToken ct) =>
                (await settings.UpdateAsync(input, ct)).ToHttp(TypedResults.Ok).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.OrgAdmin)
            .WithName("UpdateOrganization").WithSummary("Change the organisation's settings (org admin).");
        return app;
    }
}
