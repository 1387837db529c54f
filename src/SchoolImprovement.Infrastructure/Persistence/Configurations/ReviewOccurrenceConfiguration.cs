using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class ReviewOccurrenceConfiguration : IEntityTypeConfiguration<ReviewOccurrence>
{
    public void Configure(EntityTypeBuilder<ReviewOccurrence> builder)
    {
        builder.ToTable("ReviewOccurrences");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.LeadName).HasMaxLength(ReviewOccurrence.NameLength);
        builder.Property(o => o.Notes).HasMaxLength(ReviewOccurrence.NotesLength);
        builder.Property(o => o.TeamMembers).AsJson();
        builder.HasOne<School>().WithMany().HasForeignKey(o => new { o.TrustId, o.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(o => o.RecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        // The due sources read the latest occurrence per school (or board kind) and kind.
        builder.HasIndex(o => new { o.TrustId, o.Kind, o.SchoolId, o.HeldOn });
        builder.HasIndex(o => new { o.TrustId, o.HeldOn });
    }
}
