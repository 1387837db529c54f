using Microsoft.AspNetCore.Authorization;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Security;

/// <summary>A role the trust's policy profile names, rather than a fixed role set (DDAT §3: "the Deputy CEO will recommend to the CEO").</summary>
public enum ProfileRole
{
    /// <summary>Recommends a school causing concern (<c>ConcernWorkflow.RecommendingRole</c>: DDAT Deputy CEO, Vine Director of Learning).</summary>
    ConcernRecommender,

    /// <summary>Decides a designation, approves external support and recommends exit (<c>ConcernWorkflow.DecidingRole</c>: the CEO in both).</summary>
    ConcernDecider,
}

/// <summary>Met when the person holds the role the trust's profile names for <see cref="Role"/>.</summary>
public sealed record ProfileRoleRequirement(ProfileRole Role) : IAuthorizationRequirement;

/// <summary>Checks <see cref="ProfileRoleRequirement"/> against the current trust's profile (<see cref="TrustPolicyReader"/>).</summary>
public sealed class ProfileRoleHandler(TrustPolicyReader policy, IHttpContextAccessor http) : AuthorizationHandler<ProfileRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ProfileRoleRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var settings = await policy.CurrentAsync(http.HttpContext?.RequestAborted ?? CancellationToken.None);
        var role = requirement.Role switch
        {
            ProfileRole.ConcernRecommender => settings.Concern?.RecommendingRole,
            _ => settings.Concern?.DecidingRole,
        };
        if (role is not null && context.User.IsInRole(role))
        {
            context.Succeed(requirement);
        }
    }
}
