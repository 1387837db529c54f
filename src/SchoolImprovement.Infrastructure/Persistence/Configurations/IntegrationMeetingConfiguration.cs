using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class IntegrationMeetingConfiguration : IEntityTypeConfiguration<IntegrationMeeting>
{
    public void Configure(EntityTypeBuilder<IntegrationMeeting> builder)
    {
        builder.ToTable("IntegrationMeetings");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Attendees).AsJson().HasField("_attendees");
        builder.Property(m => m.Notes).HasMaxLength(IntegrationMeeting.NotesLength);
        builder.HasOne<School>().WithMany().HasForeignKey(m => new { m.TrustId, m.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        // No action from the assessment: SQL Server refuses two cascading paths, and an assessment that made a school is kept.
        builder.HasOne<DueDiligenceAssessment>().WithMany().HasForeignKey(m => new { m.TrustId, m.AssessmentId }).HasPrincipalKey(a => new { a.TrustId, a.Id }).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.RecordedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        // A school's meetings in date order.
        builder.HasIndex(m => new { m.TrustId, m.SchoolId, m.HeldOn });
    }
}
