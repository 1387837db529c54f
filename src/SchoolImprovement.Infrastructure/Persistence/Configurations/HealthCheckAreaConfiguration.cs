using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class HealthCheckAreaConfiguration : IEntityTypeConfiguration<HealthCheckArea>
{
    public void Configure(EntityTypeBuilder<HealthCheckArea> builder)
    {
        builder.ToTable("HealthCheckAreas");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(HealthCheckArea.NameLength);
        builder.Property(a => a.Findings).HasMaxLength(HealthCheckArea.TextLength);
        builder.Property(a => a.EvidenceOfImpact).HasMaxLength(HealthCheckArea.TextLength);
        // ActionId names the tracker's action (sourced back to the check, ActionSource.HealthCheck); a plain column, as an
        // action's SourceId is: the tracker keeps its actions whatever becomes of the check.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.ImpactRecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasIndex(a => new { a.TrustId, a.HealthCheckId, a.Position }).IsUnique();
    }
}
