using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class PolicyProfileConfiguration : IEntityTypeConfiguration<PolicyProfile>
{
    public void Configure(EntityTypeBuilder<PolicyProfile> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Labels).AsJson();
        builder.Property(p => p.Categories).AsJson();
        builder.Property(p => p.Concern).AsJson();
        builder.Property(p => p.BoardKinds).AsJson();
        builder.Property(p => p.Boards).AsJson();
        // Null when the trust's policy sets no day allocations (DDAT).
        builder.Property(p => p.Allocations).AsJson().IsRequired(false);
        builder.Property(p => p.Cycles).AsJson();
        // Null for profiles saved before the setting existed: read as "every source".
        builder.Property(p => p.RequiredEvidence).AsJson().IsRequired(false).HasField("_requiredEvidence");
        // Null for profiles saved before the setting existed: read as SEF and SIP every term (ReturnRequirement.Defaults).
        builder.Property(p => p.ReturnRequirements).AsJson().IsRequired(false).HasField("_returnRequirements");
        // Null for profiles saved before capabilities could be switched off: read as every capability.
        builder.Property(p => p.Capabilities).AsJson().IsRequired(false).HasField("_capabilities");
        builder.Ignore(p => p.Content);
        builder.HasIndex(p => p.TrustId).IsUnique();
    }
}
