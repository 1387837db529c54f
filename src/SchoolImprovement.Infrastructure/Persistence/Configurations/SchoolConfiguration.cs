using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Schools;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Phase).HasMaxLength(100).IsRequired();
        builder.Property(s => s.EstablishmentType).HasMaxLength(150).IsRequired();
        builder.Property(s => s.LocalAuthority).HasMaxLength(100).IsRequired();
        builder.Property(s => s.ChurchDesignation).HasMaxLength(100);
        builder.Property(s => s.Diocese).HasMaxLength(100);
        builder.Ignore(s => s.IsOpen);
        builder.Ignore(s => s.IsChurchSchool);
        builder.HasIndex(s => new { s.TrustId, s.Urn }).IsUnique();

        // The principal of every trust-owned row's school reference: (TrustId, SchoolId) must name a school of the same trust.
        builder.HasAlternateKey(s => new { s.TrustId, s.Id });
    }
}
