using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace SchoolImprovement.Web.Security;

/// <summary>Forgotten-password links: valid for <c>Security:PasswordResetTokenHours</c> (one hour by default).</summary>
public sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, TimeProvider clock, IOptions<AccountTokenOptions> options)
    : TimedTokenProvider(protection, clock)
{
    public const string Name = "PortalPasswordReset";

    protected override string ProtectorPurpose => "SchoolImprovement.PasswordReset";

    public override TimeSpan Lifetime => options.Value.PasswordResetLifetime;
}
