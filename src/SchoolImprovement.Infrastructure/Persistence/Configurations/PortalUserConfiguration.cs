using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.HasOne<Trust>().WithMany().HasForeignKey(u => u.TrustId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.TrustId);

        // Added to people who already exist: nobody is opted out until they say so.
        builder.Property(u => u.WeeklyDigestOptedOut).HasDefaultValue(false);
        builder.Property(u => u.DueRemindersOptedOut).HasDefaultValue(false);

        // The parent of the same-trust references to people (TrustUserReferences): a unique index, not an
        // alternate key, because platform administrators have no trust and EF keys cannot hold a null.
        // No filter: SQL Server would otherwise add "WHERE [TrustId] IS NOT NULL" (its default for a unique index on
        // a nullable column), and a foreign key cannot reference a filtered index there. SQLite and PostgreSQL never filter it.
        builder.HasIndex(u => new { u.TrustId, u.Id }).IsUnique().HasFilter(null).HasDatabaseName(TrustUserReferences.ParentIndex);
    }
}
