using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Organizations;

public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organization").WithTags("Organization").RequireAuthorization(Policies.Member);
        group.MapGet("/", async (OrganizationQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(ct)))
            .WithName("GetOrganization").WithSummary("Your organisation's name and settings.");
        group.MapPut("/", async (OrganizationSettingsDto input, OrganizationService service, CancellationToken ct) =>
                (await service.UpdateAsync(input, ct)).ToHttp(TypedResults.Ok).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.OrgAdmin)
            .WithName("UpdateOrganization").WithSummary("Change the organisation's settings (org admin).");
        return app;
    }
}
