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
        builder.Property(p => p.BoardTypes).AsJson();
        builder.Property(p => p.Boards).AsJson();
        builder.Property(p => p.Allocations).AsJson();
        builder.Property(p => p.Cycles).AsJson();
        // Null for profiles saved before the setting existed: read as "every source".
        builder.Property(p => p.RequiredEvidence).AsJson().IsRequired(false).HasField("_requiredEvidence");
        // Null for profiles saved before the setting existed: read as SEF and SIP every term (ReturnRequirement.Defaults).
        builder.Property(p => p.ReturnRequirements).AsJson().IsRequired(false).HasField("_returnRequirements");
        builder.Ignore(p => p.Content);
        builder.HasIndex(p => p.TrustId).IsUnique();
    }
}
