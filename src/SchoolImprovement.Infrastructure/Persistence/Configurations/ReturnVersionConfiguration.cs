using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Storage;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class ReturnVersionConfiguration : IEntityTypeConfiguration<ReturnVersion>
{
    public void Configure(EntityTypeBuilder<ReturnVersion> builder)
    {
        builder.ToTable("ReturnVersions");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Note).HasMaxLength(ReturnVersion.NoteLength);
        builder.Property(r => r.ReviewComments).HasMaxLength(ReturnVersion.CommentsLength);
        builder.Property(r => r.ModerationNotes).HasMaxLength(ReturnVersion.CommentsLength);
        builder.Ignore(r => r.AcademicYear);
        builder.Ignore(r => r.IsReviewed);
        builder.HasOne<School>().WithMany().HasForeignKey(r => new { r.TrustId, r.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        // The file stays as long as a version names it, and is always the version's own trust's.
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(r => new { r.TrustId, r.FileId }).HasPrincipalKey(f => new { f.TrustId, f.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UploadedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.ReviewedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.ModeratedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasIndex(r => new { r.TrustId, r.SchoolId, r.Document, r.Year, r.Term, r.Number }).IsUnique();
        // The trust-wide returns page reads a year (and term) across schools.
        builder.HasIndex(r => new { r.TrustId, r.Year, r.Term });
    }
}
