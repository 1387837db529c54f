using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Checks every signed-in request against the user's row: a deactivated user, a deleted user or a
/// changed security stamp (password reset, deactivation) ends the session at once. One small
/// query per request, whatever the page.
/// </summary>
public static partial class ActiveSessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = principal.Id();
        var stamp = principal.FindFirstValue(stampClaim);
        var db = services.GetRequiredService<PortalDbContext>();
        var current = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsActive, u.SecurityStamp })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);

        if (current is { IsActive: true } && current.SecurityStamp == stamp)
        {
            return;
        }

        LogSessionEnded(services.GetRequiredService<ILoggerFactory>().CreateLogger("SchoolImprovement.Sessions"), principal.Identity.Name ?? userId.ToString());
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session ended for {User}: account deactivated or credentials changed")]
    private static partial void LogSessionEnded(ILogger logger, string user);
}
