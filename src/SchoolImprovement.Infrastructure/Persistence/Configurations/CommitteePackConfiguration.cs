using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

/// <summary>
/// Published committee packs: the content is the snapshot's JSON text, kept whole (no length limit), with its SHA-256.
/// Rows are never changed or deleted once saved (Interceptors/CommitteePackImmutabilityInterceptor).
/// </summary>
internal sealed class CommitteePackConfiguration : IEntityTypeConfiguration<CommitteePack>
{
    public void Configure(EntityTypeBuilder<CommitteePack> builder)
    {
        builder.ToTable("CommitteePacks");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.ContentJson).IsRequired();
        builder.Property(p => p.ContentHash).HasMaxLength(CommitteePack.HashLength).IsRequired();
        builder.Property(p => p.CorrectionReason).HasMaxLength(CommitteePack.ReasonLength);

        // Decisions name the pack version their item was put in, within its trust.
        builder.HasAlternateKey(p => new { p.TrustId, p.Id });
        // A published pack outlives nothing it belongs to: meetings are cancelled, not deleted.
        builder.HasOne<CommitteeMeeting>().WithMany().HasForeignKey(p => new { p.TrustId, p.MeetingId }).HasPrincipalKey(m => new { m.TrustId, m.Id }).OnDelete(DeleteBehavior.Restrict);
        // People are deactivated, not deleted: whoever published it stays named.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.PublishedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();

        // One row per version of a meeting's pack, even when two are published at once.
        builder.HasIndex(p => new { p.TrustId, p.MeetingId, p.Number }).IsUnique();
    }
}
