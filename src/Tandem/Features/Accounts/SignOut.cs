using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Tandem.Features.Audit;
using Tandem.Security;

namespace Tandem.Features.Accounts;

public static class SignOut
{
    /// <summary>POST /account/logout from the layout's form, antiforgery-checked.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (HttpContext context, AuditService audit, CurrentUser me) =>
            {
                // The antiforgery middleware only records its verdict; an endpoint without form binding must read it.
                if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                    return Results.BadRequest();
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                await audit.WriteAsync(me.OrganizationId, me.PersonId, AuditActions.SignedOut, me.PersonId, null, context.RequestAborted);
                return Results.LocalRedirect("/account/login");
            })
            .RequireAuthorization(Policies.Member)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        return app;
    }
}
