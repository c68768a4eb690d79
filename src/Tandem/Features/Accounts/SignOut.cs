using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tandem.Features.Audit;
using Tandem.Security;

namespace Tandem.Features.Accounts;

public static class SignOut
{
    /// <summary>POST /account/logout from the layout's form (antiforgery-checked: it binds a form field).</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async ([FromForm] string? reason, HttpContext context, AuditLog audit, CurrentUser me) =>
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                await audit.WriteAsync(me.OrganizationId, me.PersonId, AuditActions.SignedOut, me.PersonId, reason, context.RequestAborted);
                return TypedResults.LocalRedirect("/account/login");
            })
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        return app;
    }
}
