using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class SpotlightProjectConfiguration : IEntityTypeConfiguration<SpotlightProject>
{
    public void Configure(EntityTypeBuilder<SpotlightProject> builder)
    {
        builder.ToTable("SpotlightProjects");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Reason).HasMaxLength(SpotlightProject.ReasonLength);
        builder.Property(p => p.LocalCommitteeMemberName).HasMaxLength(SpotlightProject.NameLength);
        builder.Property(p => p.Outcome).HasMaxLength(SpotlightProject.OutcomeLength);
        builder.Ignore(p => p.IsOpen);
        // Visits name their project within its trust.
        builder.HasAlternateKey(p => new { p.TrustId, p.Id });
        builder.HasOne<School>().WithMany().HasForeignKey(p => new { p.TrustId, p.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        // People are deactivated, not deleted: the officer and the local committee member stay named.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.OfficerUserId).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.LocalCommitteeMemberUserId).OnDelete(DeleteBehavior.Restrict).WithinTrust();

        // One open project per school, even when two are opened at once.
        builder.HasIndex(p => new { p.TrustId, p.SchoolId })
            .IsUnique()
            .HasFilter("\"Status\" = 1")
            .HasDatabaseName("IX_SpotlightProjects_OneOpenPerSchool");
        // The list reads a trust's projects by status.
        builder.HasIndex(p => new { p.TrustId, p.Status });
    }
}
