using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Security;

public static class PortalClaims
{
    /// <summary>The signed-in user's trust: the only source of the current tenant.</summary>
    public const string TrustId = "trust_id";
    public const string DisplayName = "display_name";

    /// <summary>Present while a staff member who must use an authenticator app has not set one up.</summary>
    public const string MfaSetupRequired = "mfa_setup_required";
}

/// <summary>Adds the user's trust and display name to the sign-in cookie's claims.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    IConfiguration configuration)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TrustId is { } trustId)
        {
            identity.AddClaim(new Claim(PortalClaims.TrustId, trustId.ToString()));
        }

        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (MfaRules.RequiredForStaff(configuration) && !user.TwoFactorEnabled
            && TrustRole.Staff.Any(role => identity.HasClaim(identity.RoleClaimType, role)))
        {
            identity.AddClaim(new Claim(PortalClaims.MfaSetupRequired, "true"));
        }

        return identity;
    }
}
