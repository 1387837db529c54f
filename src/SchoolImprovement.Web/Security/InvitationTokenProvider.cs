using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace SchoolImprovement.Web.Security;

/// <summary>Invitation links, where a new person chooses their first password: valid for <c>Security:InvitationTokenDays</c> (three days by default).</summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, TimeProvider clock, IOptions<AccountTokenOptions> options)
    : TimedTokenProvider(protection, clock)
{
    public const string Name = "PortalInvitation";

    /// <summary>The purpose an invitation token is made and checked for.</summary>
    public const string Purpose = "AcceptInvitation";

    protected override string ProtectorPurpose => "SchoolImprovement.Invitation";

    public override TimeSpan Lifetime => options.Value.InvitationLifetime;
}
