using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class HealthCheckConfiguration : IEntityTypeConfiguration<HealthCheck>
{
    public void Configure(EntityTypeBuilder<HealthCheck> builder)
    {
        builder.ToTable("HealthChecks");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsCompleted);
        builder.Ignore(c => c.Unrated);

        // Areas reference the check and their trust together (SameTrustReferenceModelTests).
        builder.HasAlternateKey(c => new { c.TrustId, c.Id });
        builder.HasOne<School>().WithMany().HasForeignKey(c => new { c.TrustId, c.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        // The person who recorded it stays named (people are deactivated, not deleted).
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.RecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasMany(c => c.Areas).WithOne().HasForeignKey(a => new { a.TrustId, a.HealthCheckId }).HasPrincipalKey(c => new { c.TrustId, c.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Areas).HasField("_areas");

        // One draft per school, even when two are started at once.
        builder.HasIndex(c => new { c.TrustId, c.SchoolId })
            .IsUnique()
            .HasFilter("\"Status\" = 1")
            .HasDatabaseName("IX_HealthChecks_OneDraftPerSchool");
        // The trust list and a school's history read checks by school, latest first.
        builder.HasIndex(c => new { c.TrustId, c.SchoolId, c.Status, c.HeldOn });
    }
}
