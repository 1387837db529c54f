using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Checks every signed-in request against its server-side session and the user's row, in one
/// query: the session must be open (not signed out or ended by the person, an administrator or a
/// credential change), younger than the absolute lifetime (12 hours by default, besides the
/// cookie's sliding expiry), and the user active with an unchanged security stamp. A cookie that
/// names no session (issued before sessions were kept) is refused too. The last-seen time is
/// written at most once a minute.
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
        var ct = context.HttpContext.RequestAborted;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = principal.Id();
        var stamp = principal.FindFirstValue(stampClaim);
        var sessionId = principal.SessionId();
        var db = services.GetRequiredService<PortalDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var current = sessionId is not { } id ? null : await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == id && s.UserId == userId)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.EndedAt, s.CreatedAt, s.LastSeenAt, u.IsActive, u.SecurityStamp })
            .SingleOrDefaultAsync(ct);

        var refusal = current switch
        {
            null => "no such session",
            { EndedAt: not null } => "session ended",
            { IsActive: false } => "account deactivated",
            _ when current.SecurityStamp != stamp => "credentials changed",
            _ when now - AsUtc(current.CreatedAt) >= UserSessions.AbsoluteLifetime(services.GetRequiredService<IConfiguration>()) => "absolute lifetime reached",
            _ => null,
        };

        if (refusal is null)
        {
            if (now - AsUtc(current!.LastSeenAt) >= UserSessions.LastSeenResolution)
            {
                await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), ct);
            }

            return;
        }

        if (refusal == "absolute lifetime reached")
        {
            await services.GetRequiredService<UserSessions>().EndAsync(userId, sessionId!.Value, SessionEndReason.AbsoluteLifetimeReached, ct);
        }

        LogSessionRefused(services.GetRequiredService<ILoggerFactory>().CreateLogger("SchoolImprovement.Sessions"), userId, refusal);
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>SQLite gives back times without their kind; they were written as UTC.</summary>
    private static DateTime AsUtc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session refused for user {UserId}: {Reason}")]
    private static partial void LogSessionRefused(ILogger logger, Guid userId, string reason);
}
