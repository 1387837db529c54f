using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

/// <summary>
/// Improvement visits. Days are decimal(4,1) (half-day steps); SQLite stores them as TEXT, so queries never compare or
/// sum them in SQL. Focus areas and the agreed actions of a draft are JSON text.
/// </summary>
internal sealed class ImprovementVisitConfiguration : IEntityTypeConfiguration<ImprovementVisit>
{
    public void Configure(EntityTypeBuilder<ImprovementVisit> builder)
    {
        builder.ToTable("ImprovementVisits");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Property(v => v.Purpose).HasMaxLength(ImprovementVisit.PurposeLength);
        builder.Property(v => v.FocusAreas).AsJson();
        builder.Property(v => v.Notes).HasMaxLength(ImprovementVisit.NotesLength);
        builder.Property(v => v.Strengths).HasMaxLength(ImprovementVisit.StrengthsLength);
        builder.Property(v => v.Days).HasPrecision(4, 1);
        builder.Property(v => v.AgreedActions).AsJson();
        builder.Property(v => v.ResponseComment).HasMaxLength(ImprovementVisit.CommentLength);
        builder.Ignore(v => v.IsDraft);
        builder.Ignore(v => v.IsPublished);
        builder.Ignore(v => v.Activity);
        // Day logs name the visit that logged them within its trust.
        builder.HasAlternateKey(v => new { v.TrustId, v.Id });
        builder.HasOne<School>().WithMany().HasForeignKey(v => new { v.TrustId, v.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        // People are deactivated, not deleted: the officer and the responding headteacher stay named.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.OfficerUserId).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.RespondedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();

        // A school's visits, newest first.
        builder.HasIndex(v => new { v.TrustId, v.SchoolId, v.VisitedOn });
        // An officer's own visits, newest first.
        builder.HasIndex(v => new { v.TrustId, v.OfficerUserId, v.VisitedOn });
        // Published notes awaiting the headteacher (the due list).
        builder.HasIndex(v => new { v.TrustId, v.Status, v.Response });
    }
}
