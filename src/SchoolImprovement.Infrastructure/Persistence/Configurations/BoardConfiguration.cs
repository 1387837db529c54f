using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> builder)
    {
        builder.ToTable("Boards");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Property(b => b.ClerkName).HasMaxLength(Board.ClerkNameLength);
        builder.Property(b => b.EndReason).HasMaxLength(Board.EndReasonLength);
        builder.Ignore(b => b.StartTerm);
        builder.Ignore(b => b.PeriodTerms);
        builder.Ignore(b => b.EndTerm);
        builder.Ignore(b => b.EndsOn);
        builder.Ignore(b => b.IsActive);
        builder.Ignore(b => b.NearEndFrom);
        builder.Ignore(b => b.CurrentMembers);
        builder.Ignore(b => b.Chair);
        builder.Ignore(b => b.MissingLinkRoles);
        builder.Ignore(b => b.OutstandingRecruitment);

        // Members, extensions and steps reference the board and their trust together (SameTrustReferenceModelTests).
        builder.HasAlternateKey(b => new { b.TrustId, b.Id });
        builder.HasOne<School>().WithMany().HasForeignKey(b => new { b.TrustId, b.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(b => b.ClerkUserId).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(b => b.FormedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasMany(b => b.Members).WithOne().HasForeignKey(m => new { m.TrustId, m.BoardId }).HasPrincipalKey(b => new { b.TrustId, b.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Extensions).WithOne().HasForeignKey(e => new { e.TrustId, e.BoardId }).HasPrincipalKey(b => new { b.TrustId, b.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.RecruitmentSteps).WithOne().HasForeignKey(s => new { s.TrustId, s.BoardId }).HasPrincipalKey(b => new { b.TrustId, b.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Members).HasField("_members");
        builder.Navigation(b => b.Extensions).HasField("_extensions");
        builder.Navigation(b => b.RecruitmentSteps).HasField("_recruitmentSteps");

        // One sitting board per school: a RAB, an ILTC or an improvement board, not two at once (DDAT §3 "either").
        builder.HasIndex(b => new { b.TrustId, b.SchoolId })
            .IsUnique()
            .HasFilter("\"Status\" = 1")
            .HasDatabaseName("IX_Boards_OneActivePerSchool");
        // ConcernCaseId is a plain column until the concern cases' table is merged (its foreign key comes then).
        builder.HasIndex(b => new { b.TrustId, b.ConcernCaseId });
    }
}
