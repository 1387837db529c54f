using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

/// <summary>
/// Values are decimal(9,2) on every provider. SQLite stores decimals as TEXT and compares them as text,
/// so queries filter and order by the key columns (year, term, measure, group) and compare values in memory.
/// </summary>
internal sealed class HeadlineValueConfiguration : IEntityTypeConfiguration<HeadlineValue>
{
    public void Configure(EntityTypeBuilder<HeadlineValue> builder)
    {
        builder.ToTable("HeadlineValues");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Property(v => v.MeasureKey).HasMaxLength(Measures.KeyLength).IsRequired();
        builder.Property(v => v.Value).HasPrecision(9, Measure.Decimals);
        builder.Property(v => v.Target).HasPrecision(9, Measure.Decimals);
        builder.Ignore(v => v.IsValidated);
        builder.HasOne<School>().WithMany().HasForeignKey(v => new { v.TrustId, v.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);

        // People are deactivated, never deleted, so the people who entered and validated a figure stay named.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.EnteredBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.ValidatedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();

        // One figure per school, year, term, measure and group; also the index every read of a school's data uses.
        builder.HasIndex(v => new { v.TrustId, v.SchoolId, v.Year, v.TermNumber, v.MeasureKey, v.Group }).IsUnique();

        // Trust-wide reads (the Spotlight candidates: one group's figures in the latest years across the schools), covering
        // what they read, so the database answers from the index without visiting each row (measured in bench/: docs/performance.md).
        builder.HasIndex(v => new { v.TrustId, v.Group, v.Year, v.SchoolId, v.TermNumber, v.MeasureKey, v.Value });
    }
}
