using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class BoardExtensionConfiguration : IEntityTypeConfiguration<BoardExtension>
{
    public void Configure(EntityTypeBuilder<BoardExtension> builder)
    {
        builder.ToTable("BoardExtensions");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reason).HasMaxLength(BoardExtension.ReasonLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.DecidedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
    }
}
