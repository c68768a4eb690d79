using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Data;
using Tandem.Features.People;

namespace Tandem.Security;

/// <summary>
/// Runs after authentication: resolves the account to its person, sets the request's tenant on the
/// DbContext, fills <see cref="CurrentUser"/> and adds the person's roles as claims for policies.
/// A person who has left, an account without a person, or a cookie or bearer token issued before the account's
/// security stamp changed (a new password, leaving) is treated as signed out. A personal access token without the
/// admin scope acts without the person's admin roles.
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TandemDb db, CurrentUser current, IOptions<IdentityOptions> identity)
    {
        var id = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (context.User.Identity?.IsAuthenticated != true || !Guid.TryParse(id, out var userId))
        {
            await next(context);
            return;
        }

        // A signed-in request makes a dozen queries or more: they share one connection instead of each opening its own
        // (on SQLite a pooled context's connection stays open anyway, decision 010; this is for PostgreSQL).
        await db.Database.OpenConnectionAsync(context.RequestAborted);
        try
        {
            var stamp = context.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
            if (await LoadAsync(db, current, userId, stamp, context.RequestAborted) is { } organizationId)
            {
                if (TokenScopes.Of(context.User) is < AccessTokenScope.Admin) current.WithoutAdminRoles();
                context.User.AddIdentity(RoleClaims(current));
                using var tenant = db.ActAs(organizationId);
                await next(context);
            }
            else
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                await next(context);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Compiled once: every signed-in request runs it, and EF Core would otherwise look its plan up from the expression
    // tree each time. The tenant is not known yet: the filter is off for the whole query, and each part names the organisation.
    private static readonly string[] AllOrganizations = [TandemDb.TenantFilter];

    private static readonly CompiledQuery<Func<TandemDb, Guid, CancellationToken, Task<SignedIn?>>> Find = new(() => EF.CompileAsyncQuery((TandemDb db, Guid userId, CancellationToken ct) => (
            from u in db.Users.AsNoTracking().IgnoreQueryFilters(AllOrganizations)
            where u.Id == userId
            join p in db.People on new { u.OrganizationId, Id = u.PersonId } equals new { p.OrganizationId, p.Id }
            join o in db.Organizations on p.OrganizationId equals o.Id
            select new SignedIn(
                p,
                u.SecurityStamp,
                o.ManagerChainCanRead,
                db.ReportingLines
                    .Where(r => r.OrganizationId == p.OrganizationId && r.DescendantId == p.Id && r.Depth > 0)
                    .OrderBy(r => r.Depth).Select(r => r.AncestorId).ToList(),
                db.People.Count(r => r.OrganizationId == p.OrganizationId && r.ManagerId == p.Id && r.Status != PersonStatus.Left)))
        .SingleOrDefault()));

    private sealed record SignedIn(Person Person, string? SecurityStamp, bool ChainCanRead, List<Guid> Chain, int Reports);

    // One query for all of it (every signed-in request pays for it): the account's person in the account's own
    // organisation, the organisation's setting, the person's managers nearest first and how many report to them.
    // Cookies and Identity bearer tokens carry the security stamp they were issued with: checking it here, on every
    // request, ends them as soon as it changes (Identity's own check runs every 30 minutes, and never for bearer tokens).
    private static async Task<Guid?> LoadAsync(TandemDb db, CurrentUser current, Guid userId, string? stamp, CancellationToken ct)
    {
        var found = await Find.For(db)(db, userId, ct);
        if (found is null || found.Person.Status == PersonStatus.Left) return null;
        if (stamp is not null && !string.Equals(stamp, found.SecurityStamp, StringComparison.Ordinal)) return null;

        current.SignIn(userId, found.Person, found.Chain, found.Reports, found.ChainCanRead);
        return found.Person.OrganizationId;
    }

    private static ClaimsIdentity RoleClaims(CurrentUser current)
    {
        var claims = new List<Claim> { new(TandemClaims.Member, "true") };
        if (current.IsHrAdmin) claims.Add(new Claim(ClaimTypes.Role, Policies.HrAdmin));
        if (current.IsOrgAdmin) claims.Add(new Claim(ClaimTypes.Role, Policies.OrgAdmin));
        return new ClaimsIdentity(claims, "tandem");
    }
}

public static class TandemClaims
{
    /// <summary>Present only when the signed-in account maps to an active person.</summary>
    public const string Member = "tandem:member";
}
