using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class DueDiligenceAssessmentConfiguration : IEntityTypeConfiguration<DueDiligenceAssessment>
{
    public void Configure(EntityTypeBuilder<DueDiligenceAssessment> builder)
    {
        builder.ToTable("DueDiligenceAssessments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.SchoolName).HasMaxLength(DueDiligenceAssessment.NameLength);
        builder.Property(a => a.Headteacher).HasMaxLength(DueDiligenceAssessment.NameLength);
        builder.Property(a => a.ChairOfGovernors).HasMaxLength(DueDiligenceAssessment.NameLength);
        builder.Property(a => a.HeldAt).HasMaxLength(DueDiligenceAssessment.HeldAtLength);
        builder.Property(a => a.CompletedBy).HasMaxLength(DueDiligenceAssessment.NameLength);
        builder.Property(a => a.EvidenceGathered).HasMaxLength(DueDiligenceAssessment.TextLength);
        builder.Property(a => a.GeneralObservations).HasMaxLength(DueDiligenceAssessment.TextLength);
        builder.Property(a => a.Introduction).HasMaxLength(DueDiligenceAssessment.TextLength);
        builder.Property(a => a.FurtherActions).HasMaxLength(DueDiligenceAssessment.TextLength);
        builder.Property(a => a.ProposedCategory).HasMaxLength(DueDiligenceAssessment.NameLength);
        builder.Ignore(a => a.IsInProgress);
        builder.Ignore(a => a.UnratedAreas);

        // Areas and integration meetings name their assessment within its trust.
        builder.HasAlternateKey(a => new { a.TrustId, a.Id });
        builder.HasMany(a => a.Areas).WithOne().HasForeignKey(r => new { r.TrustId, r.AssessmentId }).HasPrincipalKey(a => new { a.TrustId, a.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Areas).HasField("_areas");
        // The school made on completion: the record of how it joined stays while the school does.
        builder.HasOne<School>().WithMany().HasForeignKey(a => new { a.TrustId, a.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Restrict);
        // People are deactivated, not deleted.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.StartedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.CompletedByUserId).OnDelete(DeleteBehavior.Restrict).WithinTrust();

        // The list reads a trust's assessments by status.
        builder.HasIndex(a => new { a.TrustId, a.Status });
    }
}
