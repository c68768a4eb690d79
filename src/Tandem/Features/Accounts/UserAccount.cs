using Microsoft.AspNetCore.Identity;
using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>
/// A sign-in account (ASP.NET Core Identity) for one person in one organisation. The same email may have an
/// account in several organisations: the user name is "organisation/email", unique per organisation, and
/// sign-in tries the accounts with that email. Accounts are looked up before the organisation is known, so
/// this is the one table outside the tenant filter; it records its organisation and person.
/// </summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    public Guid OrganizationId { get; set; }
    public Guid PersonId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public static string UserNameFor(Guid organizationId, string email) => $"{organizationId:N}/{email}";

    /// <summary>A new account for a person; the caller sets its password through the user manager.</summary>
    public static UserAccount For(People.Person person, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = person.OrganizationId,
        PersonId = person.Id,
        UserName = UserNameFor(person.OrganizationId, person.Email),
        Email = person.Email,
        // Nobody has proven they read this address yet: the link may have been handed over by an admin.
        EmailConfirmed = false,
        CreatedAt = now,
    };
}

/// <summary>A one-time link that lets an imported or added person set their password.</summary>
public sealed class Invitation : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>The person's email when the link was issued: a link for an old address stops working.</summary>
    public required string Email { get; set; }
    /// <summary>SHA-256 of the token; the token itself is shown once and never stored.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    /// <summary>Who issued the link; acceptance checks that they still may.</summary>
    public Guid? CreatedById { get; set; }
}

/// <summary>A token a person creates for scripts and integrations; it acts as that person.</summary>
public sealed class PersonalAccessToken : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string Name { get; set; }
    /// <summary>SHA-256 of the token; the token itself is shown once and never stored.</summary>
    public required string TokenHash { get; set; }
    /// <summary>The first characters of the token, so people can tell their tokens apart.</summary>
    public required string Hint { get; set; }
    public AccessTokenScope Scope { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Every token expires, at most <see cref="AccessTokens.MaxLifetimeDays"/> after it was made.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
