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

    /// <summary>Create, edit, close and import schools: the CEO, the Director of Learning and the trust administrator.</summary>
    public const string ManageSchools = nameof(ManageSchools);

    /// <summary>Record inspections: the CEO, the Director of Learning and school improvement officers.</summary>
    public const string RecordInspections = nameof(RecordInspections);

    /// <summary>Propose a categorisation: school improvement officers (the school's linked officer in practice) and the Director of Learning.</summary>
    public const string ProposeCategory = nameof(ProposeCategory);

    /// <summary>Confirm or return a proposed categorisation: the Director of Learning (and the CEO).</summary>
    public const string ConfirmCategory = nameof(ConfirmCategory);

    /// <summary>Add and edit actions and change their status: the CEO, the Director of Learning and school improvement officers.</summary>
    public const string ManageActions = nameof(ManageActions);

    /// <summary>Read trust-wide improvement information (dashboard, all actions): central team and trustees.</summary>
    public const string TrustOverview = nameof(TrustOverview);

    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(TrustMember, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.TrustRoles))
            .AddPolicy(ManageTrust, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.TrustAdministrator))
            .AddPolicy(ViewAudit, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.Ceo, TrustRole.TrustAdministrator))
            .AddPolicy(PlatformAdministration, p => p.RequireRole(TrustRole.PlatformAdministrator))
            .AddPolicy(ManageSchools, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.Ceo, TrustRole.DirectorOfLearning, TrustRole.TrustAdministrator))
            .AddPolicy(RecordInspections, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.Ceo, TrustRole.DirectorOfLearning, TrustRole.SchoolImprovementOfficer))
            .AddPolicy(ProposeCategory, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.SchoolImprovementOfficer, TrustRole.DirectorOfLearning))
            .AddPolicy(ConfirmCategory, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.DirectorOfLearning, TrustRole.Ceo))
            .AddPolicy(ManageActions, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.Ceo, TrustRole.DirectorOfLearning, TrustRole.SchoolImprovementOfficer))
            .AddPolicy(TrustOverview, p => p.RequireClaim(PortalClaims.TrustId).RequireRole(TrustRole.Ceo, TrustRole.DeputyCeo, TrustRole.DirectorOfLearning, TrustRole.SchoolImprovementOfficer, TrustRole.Trustee));
        return services;
    }
}
