using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class NationalComparatorConfiguration : IEntityTypeConfiguration<NationalComparator>
{
    public void Configure(EntityTypeBuilder<NationalComparator> builder)
    {
        builder.ToTable("NationalComparators");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.MeasureKey).HasMaxLength(Measures.KeyLength).IsRequired();
        builder.Property(c => c.Phase).HasMaxLength(NationalComparator.PhaseLength);
        builder.Property(c => c.Value).HasPrecision(9, Measure.Decimals);
        builder.Property(c => c.Source).HasMaxLength(NationalComparator.SourceLength).IsRequired();
        builder.Ignore(c => c.Rank);

        // One figure per year, measure, group and phase. A unique index treats NULLs as distinct, so the
        // all-phase figure (Phase null) has its own filtered index.
        builder.HasIndex(c => new { c.TrustId, c.Year, c.MeasureKey, c.Group, c.Phase })
            .IsUnique()
            .HasFilter("\"Phase\" IS NOT NULL")
            .HasDatabaseName("IX_NationalComparators_OnePerPhase");
        builder.HasIndex(c => new { c.TrustId, c.Year, c.MeasureKey, c.Group })
            .IsUnique()
            .HasFilter("\"Phase\" IS NULL")
            .HasDatabaseName("IX_NationalComparators_OneForAllPhases");
    }
}
