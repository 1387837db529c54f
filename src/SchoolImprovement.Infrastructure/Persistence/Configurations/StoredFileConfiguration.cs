using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Storage;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.OriginalName).HasMaxLength(StoredFile.OriginalNameLength).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(StoredFile.ContentTypeLength).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(StoredFile.Sha256Length).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(StoredFile.StorageKeyLength).IsRequired();
        // A person who uploaded is never deleted with their files (people are deactivated, not deleted).
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(f => f.UploadedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasIndex(f => new { f.TrustId, f.StorageKey }).IsUnique();
    }
}
