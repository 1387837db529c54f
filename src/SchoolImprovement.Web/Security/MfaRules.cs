using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Staff must sign in with an authenticator app (<c>Security:RequireMfaForStaff</c>, on by
/// default; off in Development so the demo accounts sign in with a password alone). A staff
/// member without one is sent to set it up before any other page.
/// </summary>
public static class MfaRules
{
    public const string Setting = "Security:RequireMfaForStaff";
    public const string SetupPath = "/account/mfa/setup";

    public static bool RequiredForStaff(IConfiguration configuration) =>
        configuration?.GetValue(Setting, defaultValue: true) ?? true;
}

/// <summary>Pages a staff member may open before setting up their authenticator app: signing in and out, MFA itself, errors.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowedBeforeMfaSetupAttribute : Attribute;

/// <summary>Sends a staff member who still has to set up their authenticator app to the setup page.</summary>
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
