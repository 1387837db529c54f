using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Security.Sessions;

/// <summary>
/// Server-side sessions (ASVS V7): opened when the sign-in cookie is issued, checked on every
/// request (<see cref="ActiveSessionValidator"/>), ended by signing out, by the person or their
/// trust administrator from the sessions pages, and all at once by a change to the person's
/// credentials or access. Ending writes straight to the table, so within a command it is part of
/// the command's transaction, and removes this instance's kept check of the session at once
/// (<see cref="SessionCheckCache"/>); other instances refuse it within the revocation interval.
/// </summary>
public sealed class UserSessions(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http, SecurityEvents events, IConfiguration configuration, SessionCheckInvalidation checks)
{
    public const string AbsoluteHoursKey = "Security:SessionAbsoluteHours";
    public const int DefaultAbsoluteHours = 12;

    /// <summary>How often the last-seen time is written: at most once a minute, never once per request.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    /// <summary>How long a session may last however active it is (configured in hours, 12 by default).</summary>
    public static TimeSpan AbsoluteLifetime(IConfiguration configuration) =>
        TimeSpan.FromHours(configuration?.GetValue<double?>(AbsoluteHoursKey) is { } hours and > 0 ? hours : DefaultAbsoluteHours);

    public TimeSpan AbsoluteLifetime() => AbsoluteLifetime(configuration);

    /// <summary>Opens a session for a sign-in from this request's address and browser.</summary>
    public async Task<Guid> StartAsync(Guid userId, Guid? trustId, CancellationToken ct)
    {
        var context = http.HttpContext;
        var session = new UserSession(userId, trustId, clock.GetUtcNow().UtcDateTime,
            context is null ? "unknown" : SignInKeys.ClientAddress(context),
            context?.Request.Headers.UserAgent.ToString());
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>Whether <paramref name="sessionId"/> is an open session of <paramref name="userId"/> (a cookie refreshed in place keeps it).</summary>
    public Task<bool> IsOpenAsync(Guid sessionId, Guid userId, CancellationToken ct) =>
        db.UserSessions.AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null, ct);

    /// <summary>Ends one of <paramref name="userId"/>'s sessions; false when there was no such open session.</summary>
    public async Task<bool> EndAsync(Guid userId, Guid sessionId, SessionEndReason reason, CancellationToken ct)
    {
        var ended = await OpenOf(userId).Where(s => s.Id == sessionId).ExecuteUpdateAsync(Ending(reason), ct);
        checks.ForgetSession(sessionId);
        if (ended > 0 && reason != SessionEndReason.SignedOut)
        {
            await events.RecordAsync(SecurityEventKind.SessionsEnded, SecurityOutcome.Succeeded, userId, Describe(reason, 1), ct);
        }

        return ended > 0;
    }

    /// <summary>
    /// Ends every open session of <paramref name="userId"/> (a credential or access change), except
    /// <paramref name="keep"/> when the person changed something themselves and stays signed in here.
    /// Call it with the security stamp change, inside the command's transaction.
    /// </summary>
    public async Task<int> EndAllAsync(Guid userId, SessionEndReason reason, Guid? keep = null, CancellationToken ct = default)
    {
        var ended = await OpenOf(userId).Where(s => keep == null || s.Id != keep).ExecuteUpdateAsync(Ending(reason), ct);
        checks.ForgetUser(userId);
        await events.RecordAsync(SecurityEventKind.SessionsEnded, SecurityOutcome.Succeeded, userId, Describe(reason, ended), ct);
        return ended;
    }

    private IQueryable<UserSession> OpenOf(Guid userId) => db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null);

    private Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<UserSession>> Ending(SessionEndReason reason)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndedReason, reason);
    }

    /// <summary>A fixed phrase for the security event (never user input).</summary>
    private static string Describe(SessionEndReason reason, int count) =>
        $"{count} session{(count == 1 ? "" : "s")} ended: {reason}";
}
