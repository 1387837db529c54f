using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class SpotlightVisitConfiguration : IEntityTypeConfiguration<SpotlightVisit>
{
    public void Configure(EntityTypeBuilder<SpotlightVisit> builder)
    {
        builder.ToTable("SpotlightVisits");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Strengths).HasMaxLength(SpotlightVisit.TextLength);
        builder.Property(v => v.NextSteps).HasMaxLength(SpotlightVisit.TextLength);
        builder.Property(v => v.Notes).HasMaxLength(SpotlightVisit.TextLength);
        builder.HasOne<SpotlightProject>().WithMany().HasForeignKey(v => new { v.TrustId, v.ProjectId }).HasPrincipalKey(p => new { p.TrustId, p.Id }).OnDelete(DeleteBehavior.Cascade);
        // No action from the school: its projects' cascade removes the visits, and SQL Server refuses two cascading paths.
        builder.HasOne<School>().WithMany().HasForeignKey(v => new { v.TrustId, v.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.RecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        // A project's visits in date order.
        builder.HasIndex(v => new { v.TrustId, v.ProjectId, v.VisitedOn });
    }
}
