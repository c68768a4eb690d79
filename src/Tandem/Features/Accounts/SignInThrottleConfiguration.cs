using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Accounts;

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> entity)
    {
        entity.HasKey(t => t.NormalizedEmail);
        entity.Property(t => t.NormalizedEmail).HasMaxLength(256);
    }
}
