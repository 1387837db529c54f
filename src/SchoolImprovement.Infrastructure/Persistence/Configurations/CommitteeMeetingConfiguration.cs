using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

/// <summary>Education and Standards Committee meetings (issue 12).</summary>
internal sealed class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> builder)
    {
        builder.ToTable("CommitteeMeetings");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Version).IsConcurrencyToken();

        // Packs and decisions name their meeting within its trust.
        builder.HasAlternateKey(m => new { m.TrustId, m.Id });
        // People are deactivated, not deleted: whoever scheduled it stays named.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.ScheduledBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();

        // The committee list reads a trust's meetings by date.
        builder.HasIndex(m => new { m.TrustId, m.MeetingOn });
    }
}
