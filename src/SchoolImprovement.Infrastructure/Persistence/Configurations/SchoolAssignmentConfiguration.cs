using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class SchoolAssignmentConfiguration : IEntityTypeConfiguration<SchoolAssignment>
{
    public void Configure(EntityTypeBuilder<SchoolAssignment> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<School>().WithMany().HasForeignKey(a => new { a.TrustId, a.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade).WithinTrust();
        builder.HasIndex(a => new { a.TrustId, a.UserId, a.SchoolId, a.Kind }).IsUnique();
        builder.HasIndex(a => new { a.TrustId, a.SchoolId, a.Kind });
    }
}
