using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Security;

public static class PortalClaims
{
    /// <summary>The signed-in user's trust: the only source of the current tenant.</summary>
    public const string TrustId = "trust_id";
    public const string DisplayName = "display_name";

    /// <summary>Present while a person who must use an authenticator app (<see cref="MfaRules"/>) has not set one up.</summary>
    public const string MfaSetupRequired = "mfa_setup_required";
}

/// <summary>Adds the user's trust and display name to the sign-in cookie's claims, and whether they still owe an authenticator app.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    MfaRequirement mfa)
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
        var held = identity.FindAll(identity.RoleClaimType).Select(c => c.Value).ToList();
        if (await mfa.SetupRequiredAsync(user, held))
        {
            identity.AddClaim(new Claim(PortalClaims.MfaSetupRequired, "true"));
        }

        return identity;
    }
}
