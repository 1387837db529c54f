using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SchoolImprovement.Web.Security.Sessions;

/// <summary>
/// Opens the server-side session when the sign-in cookie is issued and writes its id into the
/// cookie. Runs for every issue of the application cookie: the password step (no second factor),
/// the second-factor step (the first step only issues Identity's separate two-factor cookie, so no
/// session exists until the code is right) and RefreshSignInAsync (after the person changes their
/// password or sets up MFA), which rebuilds the claims but carries the cookie's properties: an open
/// session named there is kept, with its start time, so a refresh never extends the absolute lifetime.
/// </summary>
public static class SessionCookieEvents
{
    public static async Task SigningInAsync(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is not ClaimsIdentity identity || context.Principal.Id() == Guid.Empty)
        {
            return;
        }

        var userId = context.Principal.Id();
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        var ct = context.HttpContext.RequestAborted;
        Guid? kept = null;
        if (context.Properties.Items.TryGetValue(SessionClaims.PropertyKey, out var carried) && Guid.TryParse(carried, out var carriedId)
            && await sessions.IsOpenAsync(carriedId, userId, ct))
        {
            kept = carriedId;
        }

        var trustId = Guid.TryParse(context.Principal.FindFirstValue(PortalClaims.TrustId), out var t) ? t : (Guid?)null;
        var sessionId = kept ?? await sessions.StartAsync(userId, trustId, ct);
        foreach (var old in identity.FindAll(SessionClaims.SessionIdClaim).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(SessionClaims.SessionIdClaim, sessionId.ToString()));
        context.Properties.Items[SessionClaims.PropertyKey] = sessionId.ToString();
    }
}
