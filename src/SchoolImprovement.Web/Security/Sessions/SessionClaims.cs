using System.Security.Claims;

namespace SchoolImprovement.Web.Security.Sessions;

/// <summary>How the sign-in cookie names its server-side session.</summary>
public static class SessionClaims
{
    /// <summary>The claim holding the session's id: the only thing about the session the cookie carries.</summary>
    public const string SessionIdClaim = "session_id";

    /// <summary>
    /// The same id in the cookie's authentication properties, which Identity's RefreshSignInAsync
    /// carries over (its new principal does not carry our claims), so a refresh keeps the session.
    /// </summary>
    public const string PropertyKey = ".portal.session";

    public static Guid? SessionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(SessionIdClaim), out var id) ? id : null;
}
