using System.Security.Claims;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Tenancy;

/// <summary>
/// Resolves the current trust from the signed-in user's <see cref="PortalClaims.TrustId"/> claim,
/// never from the route, query string, form or headers, and enters it into the scope's
/// <see cref="TrustContext"/> before anything resolves the DbContext.
/// </summary>
public sealed class TrustResolutionMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, TrustContext trust)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && !trust.IsEntered)
        {
            Guid? trustId = Guid.TryParse(user.FindFirstValue(PortalClaims.TrustId), out var id) ? id : null;
            Guid? userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var uid) ? uid : null;
            trust.Enter(trustId, userId, user.Identity.Name ?? TrustContext.SystemActor);
        }

        return next(context);
    }
}
