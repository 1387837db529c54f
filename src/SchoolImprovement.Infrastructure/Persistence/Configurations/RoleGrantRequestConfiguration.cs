using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class RoleGrantRequestConfiguration : IEntityTypeConfiguration<RoleGrantRequest>
{
    public void Configure(EntityTypeBuilder<RoleGrantRequest> builder)
    {
        builder.ToTable("RoleGrantRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Role).HasMaxLength(RoleGrantRequest.RoleLength).IsRequired();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade).WithinTrust();
        builder.HasIndex(r => new { r.TrustId, r.Outcome });

        // At most one pending request per person and role, even when two are made at once.
        builder.HasIndex(r => new { r.TrustId, r.UserId, r.Role })
            .IsUnique()
            .HasFilter($"\"Outcome\" = {(int)RoleGrantOutcome.Pending}")
            .HasDatabaseName("IX_RoleGrantRequests_OnePendingPerRole");
    }
}
