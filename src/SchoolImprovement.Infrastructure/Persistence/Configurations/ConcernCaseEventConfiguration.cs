using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class ConcernCaseEventConfiguration : IEntityTypeConfiguration<ConcernCaseEvent>
{
    public void Configure(EntityTypeBuilder<ConcernCaseEvent> builder)
    {
        builder.ToTable("ConcernCaseEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reason).HasMaxLength(ConcernCaseEvent.ReasonLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.By).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasIndex(e => new { e.TrustId, e.ConcernCaseId, e.At });
    }
}
