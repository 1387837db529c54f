using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.DueDiligence;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class DueDiligenceAreaConfiguration : IEntityTypeConfiguration<DueDiligenceArea>
{
    public void Configure(EntityTypeBuilder<DueDiligenceArea> builder)
    {
        builder.ToTable("DueDiligenceAreas");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Comments).HasMaxLength(DueDiligenceArea.CommentsLength);
        // Each area of the template once per assessment.
        builder.HasIndex(a => new { a.TrustId, a.AssessmentId, a.Area }).IsUnique();
    }
}
