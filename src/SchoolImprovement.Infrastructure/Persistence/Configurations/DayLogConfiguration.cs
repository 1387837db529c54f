using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class DayLogConfiguration : IEntityTypeConfiguration<DayLog>
{
    public void Configure(EntityTypeBuilder<DayLog> builder)
    {
        builder.ToTable("DayLogs");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Days).HasPrecision(DayAllocationConfiguration.DayPrecision, DayAllocationConfiguration.DayScale);
        builder.Property(l => l.Activity).HasMaxLength(DayLog.ActivityLength);
        // No action from the school or the assignment: the allocation's cascade removes the logs, and SQL Server refuses two cascading paths.
        builder.HasOne<School>().WithMany().HasForeignKey(l => new { l.TrustId, l.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<SleAssignment>().WithMany().HasForeignKey(l => new { l.TrustId, l.SleAssignmentId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(l => l.PersonUserId).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        // An allocation's logs in date order; a person's logs; a visit logs its days once.
        builder.HasIndex(l => new { l.TrustId, l.AllocationId, l.On });
        builder.HasIndex(l => new { l.TrustId, l.PersonUserId });
        builder.HasIndex(l => new { l.TrustId, l.VisitId }).IsUnique().HasFilter("\"VisitId\" IS NOT NULL");
    }
}
