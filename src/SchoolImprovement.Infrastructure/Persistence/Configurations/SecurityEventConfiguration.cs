using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Infrastructure.Auditing;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.ToTable("SecurityEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasMaxLength(SecurityEvent.KindLength).IsRequired();
        builder.Property(e => e.Outcome).HasMaxLength(SecurityEvent.OutcomeLength).IsRequired();
        builder.Property(e => e.ClientAddress).HasMaxLength(SecurityEvent.ClientAddressLength).IsRequired();
        builder.Property(e => e.CorrelationId).HasMaxLength(SecurityEvent.CorrelationIdLength).IsRequired();
        builder.Property(e => e.Detail).HasMaxLength(SecurityEvent.DetailLength).IsRequired();
        builder.HasIndex(e => new { e.TrustId, e.At });
        builder.HasIndex(e => e.UserId);
    }
}
