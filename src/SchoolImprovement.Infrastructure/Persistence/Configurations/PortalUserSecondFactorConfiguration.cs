using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

/// <summary>
/// The one-use authenticator step on the user row (<see cref="AuthenticatorSteps"/>). Kept apart
/// from <see cref="PortalUserConfiguration"/>: never written by saving a tracked user (Identity's
/// UpdateAsync marks every column modified, which would put a stale step back).
/// </summary>
internal sealed class PortalUserSecondFactorConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder) =>
        builder.Property(u => u.LastAuthenticatorStep).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
}
