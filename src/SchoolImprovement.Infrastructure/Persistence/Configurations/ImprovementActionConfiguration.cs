using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> builder)
    {
        builder.ToTable("Actions");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Title).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.OwnerRole).HasMaxLength(100);
        builder.Property(a => a.DroppedReason).HasMaxLength(2000);
        builder.Property(a => a.EvidenceOfImpact).HasMaxLength(4000);
        builder.Ignore(a => a.IsClosed);
        builder.HasOne<School>().WithMany().HasForeignKey(a => new { a.TrustId, a.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.SetNull).WithinTrust();
        builder.HasIndex(a => new { a.TrustId, a.Status, a.DueOn });
        builder.HasIndex(a => new { a.TrustId, a.SchoolId });
    }
}
