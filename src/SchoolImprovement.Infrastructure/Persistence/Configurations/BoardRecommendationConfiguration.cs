using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class BoardRecommendationConfiguration : IEntityTypeConfiguration<BoardRecommendation>
{
    public void Configure(EntityTypeBuilder<BoardRecommendation> builder)
    {
        builder.ToTable("BoardRecommendations");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Text).HasMaxLength(BoardRecommendation.TextLength);
        builder.Property(r => r.CommitteeNotes).HasMaxLength(BoardRecommendation.TextLength);
        builder.HasOne<Board>().WithMany().HasForeignKey(r => new { r.TrustId, r.BoardId }).HasPrincipalKey(b => new { b.TrustId, b.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BoardMeeting>().WithMany().HasForeignKey(r => new { r.TrustId, r.MeetingId }).HasPrincipalKey(m => new { m.TrustId, m.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(r => new { r.TrustId, r.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.RecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.CommitteeRecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        // Pending recommendations per board and trust-wide (the board page, the trust view).
        builder.HasIndex(r => new { r.TrustId, r.BoardId, r.Status });
    }
}
