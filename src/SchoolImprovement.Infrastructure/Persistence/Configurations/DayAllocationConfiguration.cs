using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

/// <summary>Days are decimal(5,1): half-day steps up to 365 (<see cref="DayCount"/>).</summary>
internal sealed class DayAllocationConfiguration : IEntityTypeConfiguration<DayAllocation>
{
    public const int DayPrecision = 5;
    public const int DayScale = 1;

    public void Configure(EntityTypeBuilder<DayAllocation> builder)
    {
        builder.ToTable("DayAllocations");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.OfficerDays).HasPrecision(DayPrecision, DayScale);
        builder.Property(a => a.PerformanceManagementDays).HasPrecision(DayPrecision, DayScale);
        builder.Property(a => a.SleDays).HasPrecision(DayPrecision, DayScale);
        builder.Ignore(a => a.Year);
        builder.Ignore(a => a.Assigned);
        builder.Ignore(a => a.TotalAllowance);
        builder.Ignore(a => a.TotalUsed);

        // Assignments, approvals and logs reference the allocation and their trust together (SameTrustReferenceModelTests).
        builder.HasAlternateKey(a => new { a.TrustId, a.Id });
        builder.HasOne<School>().WithMany().HasForeignKey(a => new { a.TrustId, a.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        // People are deactivated, not deleted: the officer stays named.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.OfficerUserId).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasMany(a => a.SleAssignments).WithOne().HasForeignKey(s => new { s.TrustId, s.AllocationId }).HasPrincipalKey(a => new { a.TrustId, a.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Approvals).WithOne().HasForeignKey(s => new { s.TrustId, s.AllocationId }).HasPrincipalKey(a => new { a.TrustId, a.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Logs).WithOne().HasForeignKey(s => new { s.TrustId, s.AllocationId }).HasPrincipalKey(a => new { a.TrustId, a.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.SleAssignments).HasField("_sleAssignments");
        builder.Navigation(a => a.Approvals).HasField("_approvals");
        builder.Navigation(a => a.Logs).HasField("_logs");

        // One allocation per school and academic year, even when two are set at once.
        builder.HasIndex(a => new { a.TrustId, a.SchoolId, a.AcademicYear }).IsUnique();
        // The trust's utilisation reads a year's allocations; an officer's, theirs.
        builder.HasIndex(a => new { a.TrustId, a.AcademicYear });
    }
}
