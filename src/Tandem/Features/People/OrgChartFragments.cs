using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Features.People.Pages;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.People;

public static class OrgChartFragments
{
    /// <summary>HTML fragments for the org chart page's lazily opened branches.</summary>
    public static IEndpointRouteBuilder MapOrgChartFragments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/org/branches/{id:guid}", async (Guid id, string? after, OrgChart chart, CancellationToken ct) =>
                new RazorComponentResult<OrgChartBranches>(new { ManagerId = id, Reports = await chart.ChildrenAsync(id, Cursor.OrNone(after, 2), null, ct) }))
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        return app;
    }
}
