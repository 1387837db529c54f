using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Schools;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Grades).AsJson();
        builder.Property(i => i.Notes).HasMaxLength(4000).IsRequired();
        builder.HasOne<School>().WithMany().HasForeignKey(i => new { i.TrustId, i.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.TrustId, i.SchoolId, i.Framework, i.InspectedOn });
    }
}
