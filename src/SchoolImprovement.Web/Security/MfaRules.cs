using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Everyone signs in with an authenticator app, whatever their role (trustees and local committee
/// members read trust-wide or school data too), unless the trust administrator exempted every role
/// the person holds (<see cref="MfaExemption"/>); platform administrators never are exempt.
/// <c>Security:RequireMfaForStaff</c> (the name kept from when only staff roles were made to, so
/// existing configuration keeps working) is on by default and off in Development, so the README's
/// demo accounts sign in with a password alone. A person who must and has no app yet is sent to
/// set it up before any other page.
/// </summary>
public static class MfaRules
{
    public const string Setting = "Security:RequireMfaForStaff";
    public const string SetupPath = "/account/mfa/setup";

    /// <summary>Shown on the sign-in page of a Development run with MFA switched off.</summary>
    public const string SwitchedOffNotice = "MFA is switched off in this Development run; production requires an authenticator app.";

    /// <summary>True unless configuration switches MFA off (fails safe: on when the setting is missing).</summary>
    public static bool Required(IConfiguration configuration) =>
        configuration?.GetValue(Setting, defaultValue: true) ?? true;

    /// <summary>
    /// Whether someone holding <paramref name="roles"/> must use an app, given the roles their trust
    /// exempted. No roles, or a role outside any trust (platform administrator), means required.
    /// </summary>
    public static bool RequiredFor(IReadOnlyCollection<string> roles, IReadOnlySet<string> exemptRoles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(exemptRoles);
        return roles.Count == 0 || roles.Any(role => !TrustRole.IsTrustRole(role) || !exemptRoles.Contains(role));
    }
}

/// <summary>Reads a trust's MFA exemptions for a person signing in (before the request has a trust).</summary>
public sealed class MfaRequirement(IConfiguration configuration, IServiceScopeFactory scopes)
{
    public bool SwitchedOn => MfaRules.Required(configuration);

    /// <summary>True when the person must set up an app and has not.</summary>
    public async Task<bool> SetupRequiredAsync(PortalUser user, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!SwitchedOn || user.TwoFactorEnabled)
        {
            return false;
        }

        var exempt = user.TrustId is { } trustId ? await ExemptRolesAsync(trustId, ct) : new HashSet<string>();
        return MfaRules.RequiredFor(roles, exempt);
    }

    /// <summary>The roles the trust exempted, read in a scope entered into that trust (the person's own).</summary>
    public async Task<IReadOnlySet<string>> ExemptRolesAsync(Guid trustId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trustId, null, "sign-in");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.MfaExemptions.Select(e => e.Role).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>Pages a person may open before setting up their authenticator app: signing in and out, MFA itself, errors.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowedBeforeMfaSetupAttribute : Attribute;

/// <summary>Sends a person who still has to set up their authenticator app to the setup page.</summary>
public sealed class MfaSetupFilter : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.User.HasClaim(c => c.Type == PortalClaims.MfaSetupRequired)
            && !context.ActionDescriptor.EndpointMetadata.OfType<AllowedBeforeMfaSetupAttribute>().Any())
        {
            context.Result = new RedirectResult(MfaRules.SetupPath);
        }
    }
}
