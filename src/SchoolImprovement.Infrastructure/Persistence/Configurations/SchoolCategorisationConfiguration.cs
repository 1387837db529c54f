using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Schools;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class SchoolCategorisationConfiguration : IEntityTypeConfiguration<SchoolCategorisation>
{
    public void Configure(EntityTypeBuilder<SchoolCategorisation> builder)
    {
        builder.ToTable("Categorisations");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Category).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Rationale).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.Evidence).AsJson();
        builder.Property(c => c.ReturnReason).HasMaxLength(2000);
        builder.Property(c => c.PlannedActions).AsJson().IsRequired(false);
        builder.HasOne<School>().WithMany().HasForeignKey(c => new { c.TrustId, c.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TrustId, c.SchoolId, c.Status });

        // At most one proposal awaiting a decision per school, even when two are submitted at once.
        builder.HasIndex(c => new { c.TrustId, c.SchoolId })
            .IsUnique()
            .HasFilter($"\"Status\" = {(int)CategorisationStatus.Proposed}")
            .HasDatabaseName("IX_Categorisations_OnePendingProposalPerSchool");
    }
}
