using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class AdditionalDaysApprovalConfiguration : IEntityTypeConfiguration<AdditionalDaysApproval>
{
    public void Configure(EntityTypeBuilder<AdditionalDaysApproval> builder)
    {
        builder.ToTable("AdditionalDaysApprovals");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Days).HasPrecision(DayAllocationConfiguration.DayPrecision, DayAllocationConfiguration.DayScale);
        builder.Property(a => a.Reason).HasMaxLength(AdditionalDaysApproval.ReasonLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.ApprovedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
    }
}
