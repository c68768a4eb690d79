using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;

namespace Tandem.Security;

/// <summary>
/// Runs after authentication: resolves the account to its person, sets the request's tenant on the
/// DbContext, fills <see cref="CurrentUser"/> and adds the person's roles as claims for policies.
/// A person who has left, or an account without a person, is treated as signed out.
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TandemDb db, CurrentUser current)
    {
        var id = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (context.User.Identity?.IsAuthenticated == true && Guid.TryParse(id, out var userId))
        {
            var ok = await LoadAsync(db, current, userId, context.RequestAborted);
            if (ok)
            {
                context.User.AddIdentity(RoleClaims(current));
            }
            else
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next(context);
    }

    private static async Task<bool> LoadAsync(TandemDb db, CurrentUser current, Guid userId, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.OrganizationId, u.PersonId })
            .SingleOrDefaultAsync(ct);
        if (account is null) return false;

        db.TenantId = account.OrganizationId;
        var found = await db.People.AsNoTracking().Where(p => p.Id == account.PersonId)
            .Select(p => new { Person = p, ChainCanRead = db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.ManagerChainCanRead).Single() })
            .SingleOrDefaultAsync(ct);
        if (found is null || found.Person.Status == PersonStatus.Left) return false;
        var person = found.Person;

        var chain = await db.ReportingLines.AsNoTracking()
            .Where(r => r.DescendantId == person.Id && r.Depth > 0)
            .OrderBy(r => r.Depth)
            .Select(r => r.AncestorId)
            .ToListAsync(ct);
        var reports = await db.People.CountAsync(p => p.ManagerId == person.Id && p.Status != PersonStatus.Left, ct);
        current.SignIn(userId, person, chain, reports, found.ChainCanRead);
        return true;
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
