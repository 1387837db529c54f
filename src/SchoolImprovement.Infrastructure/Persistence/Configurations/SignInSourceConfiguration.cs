using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class SignInSourceConfiguration : IEntityTypeConfiguration<SignInSource>
{
    public void Configure(EntityTypeBuilder<SignInSource> builder)
    {
        builder.ToTable("SignInSources");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.AccountKey).HasMaxLength(SignInSource.AccountKeyLength).IsRequired();
        builder.Property(s => s.ClientAddress).HasMaxLength(SignInSource.ClientAddressLength).IsRequired();
        builder.HasIndex(s => new { s.AccountKey, s.ClientAddress }).IsUnique();
        builder.HasIndex(s => s.LastFailureAt);
    }
}
