using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Tandem.Data;
using Tandem.Features.Accounts;

namespace Tandem.Security;

public static class AuthSetup
{
    private const string SmartScheme = "Tandem";

    public static IHostApplicationBuilder AddTandemAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<CurrentUser>();

        services.AddIdentityCore<UserAccount>(o =>
            {
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                // Unique per organisation through the user name ("organisation/email"), not across Tandem:
                // one organisation must not learn of, or block, another's accounts.
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = null!;
            })
            .AddPasswordValidator<PasswordRules>()
            .AddEntityFrameworkStores<TandemDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // Password reset links (the only Identity tokens Tandem makes) work for an hour.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = Features.Accounts.PasswordResets.Lifetime);

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie, bearer or personal access token", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o => ConfigureCookie(o, builder.Configuration))
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = TimeSpan.FromDays(14);
            })
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null);

        // Every policy also holds read-only tokens to reading (TokenScopeRequirement); the admin policies need the roles,
        // which tokens without the admin scope don't carry (CurrentUserMiddleware).
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Member, p => Member(p))
            .AddPolicy(Policies.HrAdmin, p => Member(p).RequireRole(Policies.HrAdmin))
            .AddPolicy(Policies.OrgAdmin, p => Member(p).RequireRole(Policies.OrgAdmin))
            .AddPolicy(Policies.Admin, p => Member(p).RequireRole(Policies.HrAdmin, Policies.OrgAdmin))
            .SetDefaultPolicy(Member(new AuthorizationPolicyBuilder()).Build())
            .SetFallbackPolicy(Member(new AuthorizationPolicyBuilder()).Build());
        return builder;
    }

    private static AuthorizationPolicyBuilder Member(AuthorizationPolicyBuilder policy) =>
        policy.RequireClaim(TandemClaims.Member).AddRequirements(new TokenScopeRequirement());

    /// <summary>
    /// The scheme that authenticates a request (decision 011). Tokens — personal access tokens and Identity bearer
    /// tokens — are for the API: a page never sees one, so a token a script leaks can't act in a browser session, or
    /// manage tokens there. The cookie is for pages, and on the API for reading only (the pages' CSV export links):
    /// an unsafe API request goes to the bearer scheme even with a cookie, so no other page of the same site (which
    /// SameSite=Lax lets send the cookie) can change anything through the API.
    /// </summary>
    internal static string SelectScheme(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api")) return IdentityConstants.ApplicationScheme;
        string? authorization = request.Headers.Authorization;
        if (AccessTokenHandler.LooksLikeToken(authorization)) return AccessTokenHandler.SchemeName;
        if (authorization?.StartsWith("Bearer ", StringComparison.Ordinal) == true || !TokenScopes.IsSafe(request.Method))
            return IdentityConstants.BearerScheme;
        return IdentityConstants.ApplicationScheme;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, IConfiguration configuration)
    {
        CookieNames.Apply(o.Cookie, CookieNames.SignIn, configuration);
        o.LoginPath = "/account/login";
        o.LogoutPath = "/account/logout";
        o.AccessDeniedPath = "/account/access-denied";
        o.ExpireTimeSpan = TimeSpan.FromHours(12);
        o.SlidingExpiration = true;
        o.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
            // API callers get status codes, not redirects to the sign-in page.
            OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden),
        };
    }

    private static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    /// <summary>The signed-in account's id, whichever scheme authenticated the request.</summary>
    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
