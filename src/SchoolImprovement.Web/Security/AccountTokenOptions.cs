namespace SchoolImprovement.Web.Security;

/// <summary>How long the emailed links stay valid (section "Security"): a password reset one hour, an invitation three days.</summary>
public sealed class AccountTokenOptions
{
    public const string Section = "Security";

    public double PasswordResetTokenHours { get; set; } = 1;

    public double InvitationTokenDays { get; set; } = 3;

    public TimeSpan PasswordResetLifetime => TimeSpan.FromHours(PasswordResetTokenHours);

    public TimeSpan InvitationLifetime => TimeSpan.FromDays(InvitationTokenDays);
}
