using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class ExternalSupportRequestConfiguration : IEntityTypeConfiguration<ExternalSupportRequest>
{
    public void Configure(EntityTypeBuilder<ExternalSupportRequest> builder)
    {
        builder.ToTable("ExternalSupportRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Purpose).HasMaxLength(ExternalSupportRequest.PurposeLength);
        builder.Property(r => r.Provider).HasMaxLength(ExternalSupportRequest.ProviderLength);
        builder.Property(r => r.DecisionNotes).HasMaxLength(ExternalSupportRequest.NotesLength);
        builder.Property(r => r.Cost).HasPrecision(12, 2);
        builder.HasOne<ConcernCase>().WithMany().HasForeignKey(r => new { r.TrustId, r.ConcernCaseId }).HasPrincipalKey(c => new { c.TrustId, c.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(r => new { r.TrustId, r.SchoolId }).HasPrincipalKey(s => new { s.TrustId, s.Id }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.RequestedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.DecidedBy).OnDelete(DeleteBehavior.Restrict).WithinTrust();
    }
}
