using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class UrgentDecisionConfiguration : IEntityTypeConfiguration<UrgentDecision>
{
    public void Configure(EntityTypeBuilder<UrgentDecision> builder)
    {
        builder.ToTable("UrgentDecisions");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.Text).HasMaxLength(UrgentDecision.TextLength);
        builder.Property(d => d.Notes).HasMaxLength(UrgentDecision.TextLength);
        builder.Ignore(d => d.AwaitsRatification);
        builder.HasOne<Board>().WithMany().HasForeignKey(d => new { d.TrustId, d.BoardId }).HasPrincipalKey(b => new { b.TrustId, b.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(d => new { d.TrustId, d.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.DecidedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.RatificationRecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        // Unratified decisions per board and trust-wide.
        builder.HasIndex(d => new { d.TrustId, d.BoardId, d.Status });
    }
}
