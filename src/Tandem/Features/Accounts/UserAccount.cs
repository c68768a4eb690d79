using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Data;

namespace Tandem.Features.Accounts;

/// <summary>
/// A sign-in account (ASP.NET Core Identity) for one person. Accounts are looked up by email before the
/// organisation is known, so this is the one table outside the tenant filter; it still records its
/// organisation and person, and every other read goes through the person.
/// </summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    public Guid OrganizationId { get; set; }
    public Guid PersonId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A one-time link that lets an imported or added person set their password.</summary>
public sealed class Invitation : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>SHA-256 of the token; the token itself is shown once and never stored.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
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
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> entity)
    {
        entity.HasIndex(u => new { u.OrganizationId, u.PersonId }).IsUnique();
        entity.HasOne<Organizations.Organization>().WithMany()
            .HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<People.Person>().WithMany()
            .HasForeignKey(u => new { u.OrganizationId, u.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> entity)
    {
        entity.HasKey(i => new { i.OrganizationId, i.Id });
        entity.Property(i => i.TokenHash).HasMaxLength(64);
        // Accepting looks the token up before anyone is signed in, across organisations.
        entity.HasIndex(i => i.TokenHash).IsUnique();
        entity.HasIndex(i => new { i.OrganizationId, i.PersonId });
        entity.HasOne<People.Person>().WithMany()
            .HasForeignKey(i => new { i.OrganizationId, i.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> entity)
    {
        entity.HasKey(t => new { t.OrganizationId, t.Id });
        entity.Property(t => t.Name).HasMaxLength(100);
        entity.Property(t => t.TokenHash).HasMaxLength(64);
        entity.Property(t => t.Hint).HasMaxLength(16);
        entity.HasIndex(t => t.TokenHash).IsUnique();
        entity.HasIndex(t => new { t.OrganizationId, t.PersonId });
        entity.HasOne<People.Person>().WithMany()
            .HasForeignKey(t => new { t.OrganizationId, t.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
