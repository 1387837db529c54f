using Microsoft.AspNetCore.Authorization;
using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Security;

/// <summary>Named authorization policies. Every page requires a signed-in user unless marked anonymous.</summary>
public static class Policies
{
    public const string TrustMember = nameof(TrustMember);
    public const string ManageTrust = nameof(ManageTrust);
    public const string ViewAudit = nameof(ViewAudit);
    public const string PlatformAdministration = nameof(PlatformAdministration);

    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(TrustMember, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.TrustRoles))
            .AddPolicy(ManageTrust, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.TrustAdministrator))
            .AddPolicy(ViewAudit, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.Ceo, TrustRole.TrustAdministrator))
            .AddPolicy(PlatformAdministration, p => p.RequireRole(TrustRole.PlatformAdministrator));
        return services;
    }
}
