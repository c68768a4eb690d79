using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Audit;

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", ([AsParameters] AuditQuery query, AuditQueries queries, CancellationToken ct) =>
                Cursor.ListAsync(query.After, 1, () => queries.ListAsync(query, ct)))
            .WithTags("Audit").RequireAuthorization(Policies.Admin)
            .WithName("ListAuditEvents").WithSummary("Security-relevant events, newest first (HR and org admins).");
        return app;
    }
}
