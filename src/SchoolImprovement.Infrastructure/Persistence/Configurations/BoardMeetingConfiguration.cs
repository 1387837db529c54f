using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class BoardMeetingConfiguration : IEntityTypeConfiguration<BoardMeeting>
{
    public void Configure(EntityTypeBuilder<BoardMeeting> builder)
    {
        builder.ToTable("BoardMeetings");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Property(m => m.PresentMemberIds).AsJson();
        builder.Property(m => m.AgendaNotes).AsJson();
        builder.Property(m => m.Minutes).HasMaxLength(BoardMeeting.TextLength);
        builder.Property(m => m.KeyFindings).HasMaxLength(BoardMeeting.TextLength);
        builder.HasOne<Board>().WithMany().HasForeignKey(m => new { m.TrustId, m.BoardId }).HasPrincipalKey(b => new { b.TrustId, b.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(m => new { m.TrustId, m.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.ScheduledBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.RecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        // A board's meetings in date order (its page, the cycle's last meeting).
        builder.HasIndex(m => new { m.TrustId, m.BoardId, m.ScheduledOn });
    }
}
