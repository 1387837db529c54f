using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class ConcernCaseConfiguration : IEntityTypeConfiguration<ConcernCase>
{
    public void Configure(EntityTypeBuilder<ConcernCase> builder)
    {
        builder.ToTable("ConcernCases");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Grounds).AsJson();
        builder.Property(c => c.Evidence).HasMaxLength(ConcernCase.TextLength);
        builder.Property(c => c.DecisionReasons).HasMaxLength(ConcernCase.TextLength);
        builder.Property(c => c.ExitReasons).HasMaxLength(ConcernCase.TextLength);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.IsDesignated);
        builder.Ignore(c => c.AwaitsCommitteeNotice);
        builder.HasOne<School>().WithMany().HasForeignKey(c => new { c.TrustId, c.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.RecommendedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.DecidedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.ExitRecommendedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasMany(c => c.Events).WithOne()
            .HasForeignKey(e => new { e.TrustId, e.ConcernCaseId }).HasPrincipalKey(c => new { c.TrustId, c.Id })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);

        // One open case per school (recommended, designated or exit recommended), even when two are recommended at once.
        builder.HasIndex(c => new { c.TrustId, c.SchoolId })
            .IsUnique()
            .HasFilter("\"Status\" IN (1, 3, 4)")
            .HasDatabaseName("IX_ConcernCases_OneOpenPerSchool");
        // The trust view lists the open cases by status.
        builder.HasIndex(c => new { c.TrustId, c.Status });
    }
}
