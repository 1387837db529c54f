using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class RecruitmentStepConfiguration : IEntityTypeConfiguration<RecruitmentStep>
{
    public void Configure(EntityTypeBuilder<RecruitmentStep> builder)
    {
        builder.ToTable("BoardRecruitmentSteps");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Notes).HasMaxLength(RecruitmentStep.NotesLength);
        builder.Ignore(s => s.IsDone);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UpdatedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasIndex(s => new { s.TrustId, s.BoardId, s.Kind }).IsUnique();
    }
}
