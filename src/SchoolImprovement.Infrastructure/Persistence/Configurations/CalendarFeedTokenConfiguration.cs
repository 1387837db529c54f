using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedToken>
{
    public void Configure(EntityTypeBuilder<CalendarFeedToken> builder)
    {
        builder.ToTable("CalendarFeedTokens");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TokenHash).HasMaxLength(CalendarFeedToken.HashLength);
        builder.Ignore(t => t.IsActive);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade).WithinTrust();
        // The feed finds its token by hash, within the trust the token names.
        builder.HasIndex(t => new { t.TrustId, t.TokenHash }).IsUnique();
        builder.HasIndex(t => new { t.TrustId, t.UserId });
    }
}
