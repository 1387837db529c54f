using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class WebsiteCheckConfiguration : IEntityTypeConfiguration<WebsiteCheck>
{
    public void Configure(EntityTypeBuilder<WebsiteCheck> builder)
    {
        builder.ToTable("WebsiteChecks");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Findings).AsJson();
        builder.Property(c => c.Notes).HasMaxLength(WebsiteCheck.NotesMaximumLength);
        builder.HasOne<School>().WithMany().HasForeignKey(c => new { c.TrustId, c.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        // The Director of Learning who checked is never deleted with the check (people are deactivated, not deleted).
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.CheckedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();

        // One current check per school and academic year, even when two are recorded at once; re-checks supersede it.
        builder.HasIndex(c => new { c.TrustId, c.SchoolId, c.Year })
            .IsUnique()
            .HasFilter("\"SupersededBy\" IS NULL")
            .HasDatabaseName("IX_WebsiteChecks_OneCurrentPerSchoolAndYear");
    }
}
