using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class SleAssignmentConfiguration : IEntityTypeConfiguration<SleAssignment>
{
    public void Configure(EntityTypeBuilder<SleAssignment> builder)
    {
        builder.ToTable("SleAssignments");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Subject).HasMaxLength(SleAssignment.SubjectLength);
        builder.Property(s => s.Days).HasPrecision(DayAllocationConfiguration.DayPrecision, DayAllocationConfiguration.DayScale);
        // Logs name their assignment within its trust.
        builder.HasAlternateKey(s => new { s.TrustId, s.Id });
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.SleUserId).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        // One assignment per SLE and allocation: a second assignment changes the first.
        builder.HasIndex(s => new { s.TrustId, s.AllocationId, s.SleUserId }).IsUnique();
    }
}
