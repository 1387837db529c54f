using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Sessions;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ClientAddress).HasMaxLength(UserSession.ClientAddressLength).IsRequired();
        builder.Property(s => s.UserAgent).HasMaxLength(UserSession.UserAgentLength).IsRequired();
        builder.Property(s => s.EndedReason).HasConversion<string>().HasMaxLength(UserSession.EndedReasonLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.UserId, s.EndedAt });
        builder.HasIndex(s => new { s.TrustId, s.UserId });
    }
}
