using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

/// <summary>
/// The committee's outcomes on pack items. <see cref="CommitteeDecision.ItemId"/> has no foreign key: it names a row of
/// the table its <see cref="CommitteeDecision.ItemKind"/> says (a board recommendation, an urgent decision or a concern case).
/// </summary>
internal sealed class CommitteeDecisionConfiguration : IEntityTypeConfiguration<CommitteeDecision>
{
    public void Configure(EntityTypeBuilder<CommitteeDecision> builder)
    {
        builder.ToTable("CommitteeDecisions");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reason).HasMaxLength(CommitteeDecision.ReasonLength);

        builder.HasOne<CommitteeMeeting>().WithMany().HasForeignKey(d => new { d.TrustId, d.MeetingId }).HasPrincipalKey(m => new { m.TrustId, m.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CommitteePack>().WithMany().HasForeignKey(d => new { d.TrustId, d.PackId }).HasPrincipalKey(p => new { p.TrustId, p.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(d => new { d.TrustId, d.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        // People are deactivated, not deleted: the clerk who recorded it stays named.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.RecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();

        // One outcome per item per meeting, even when two are recorded at once.
        builder.HasIndex(d => new { d.TrustId, d.MeetingId, d.ItemKind, d.ItemId }).IsUnique();
        // The next pack reads deferred outcomes, and an item's history, by item.
        builder.HasIndex(d => new { d.TrustId, d.ItemKind, d.ItemId });
    }
}
