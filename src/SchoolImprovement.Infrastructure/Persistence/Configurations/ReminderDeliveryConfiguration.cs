using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolImprovement.Domain.Reminders;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        builder.ToTable("ReminderDeliveries");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(ReminderDelivery.KeyLength);
        builder.Property(r => r.ToAddress).HasMaxLength(ReminderDelivery.AddressLength);
        builder.Property(r => r.Subject).HasMaxLength(ReminderDelivery.SubjectLength);
        builder.Property(r => r.ClaimedBy).HasMaxLength(200);
        builder.Property(r => r.LastError).HasMaxLength(ReminderDelivery.ErrorLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade).WithinTrust();

        // Each email exists once, whichever instance planned it first.
        builder.HasIndex(r => new { r.TrustId, r.UserId, r.Kind, r.Key }).IsUnique();
        // The sender reads what is waiting.
        builder.HasIndex(r => new { r.TrustId, r.Status, r.NextAttemptAt });
    }
}
