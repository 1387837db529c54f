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
/// Checks every signed-in request against its server-side session and the user's row, in at most one
/// query: the session must be open (not signed out or ended by the person, an administrator or a
/// credential change), younger than the absolute lifetime (12 hours by default, besides the
/// cookie's sliding expiry), and the user active with an unchanged security stamp. A cookie that
/// names no session (issued before sessions were kept) is refused too. The last-seen time is
/// written at most once a minute. An accepted check is kept in memory for the revocation interval
/// (<see cref="SessionCheckCache"/>, ADR 0017): within it the same cookie costs no query, and a
/// change on this instance removes the kept check at once.
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
        var checks = services.GetRequiredService<SessionCheckCache>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var absolute = UserSessions.AbsoluteLifetime(services.GetRequiredService<IConfiguration>());

        // A check this instance made less than the revocation interval ago answers for the same cookie
        // (same person, same stamp) without a query; anything else reads the database.
        var kept = sessionId is { } keptId ? checks.Fresh(keptId) : null;
        if (kept is not null && kept.UserId == userId && kept.SecurityStamp == stamp && now.UtcDateTime - AsUtc(kept.CreatedAt) < absolute)
        {
            await NoteSeenAsync(db, checks, sessionId!.Value, kept.LastSeenAt, now.UtcDateTime, ct);
            return;
        }

        var generation = checks.Generation;
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
            _ when now.UtcDateTime - AsUtc(current.CreatedAt) >= absolute => "absolute lifetime reached",
            _ => null,
        };

        if (refusal is null)
        {
            checks.Keep(sessionId!.Value, new SessionCheckCache.State(userId, current!.SecurityStamp, current.CreatedAt, current.LastSeenAt, now), generation);
            await NoteSeenAsync(db, checks, sessionId.Value, current.LastSeenAt, now.UtcDateTime, ct);
            return;
        }

        if (sessionId is { } refused)
        {
            // Ended in the database: another cookie of the same session gains nothing from a kept check here.
            checks.Drop(refused);
        }

        if (refusal == "absolute lifetime reached")
        {
            await services.GetRequiredService<UserSessions>().EndAsync(userId, sessionId!.Value, SessionEndReason.AbsoluteLifetimeReached, ct);
        }

        LogSessionRefused(services.GetRequiredService<ILoggerFactory>().CreateLogger("SchoolImprovement.Sessions"), userId, refusal);
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Writes last seen when the one read is a minute old or more, and notes it on the kept check.</summary>
    private static async Task NoteSeenAsync(PortalDbContext db, SessionCheckCache checks, Guid sessionId, DateTime lastSeenAt, DateTime now, CancellationToken ct)
    {
        if (now - AsUtc(lastSeenAt) >= UserSessions.LastSeenResolution)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), ct);
            checks.Seen(sessionId, now);
        }
    }

    /// <summary>SQLite gives back times without their kind; they were written as UTC.</summary>
    private static DateTime AsUtc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session refused for user {UserId}: {Reason}")]
    private static partial void LogSessionRefused(ILogger logger, Guid userId, string reason);
}
