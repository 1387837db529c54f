using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class MfaExemptionConfiguration : IEntityTypeConfiguration<MfaExemption>
{
    public void Configure(EntityTypeBuilder<MfaExemption> builder)
    {
        builder.ToTable("MfaExemptions");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Role).HasMaxLength(MfaExemption.RoleLength).IsRequired();
        builder.HasIndex(e => new { e.TrustId, e.Role }).IsUnique();
    }
}
