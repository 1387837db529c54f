using System.Security.Claims;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>The signed-in person's own sessions; another person's session id is missing (404).</summary>
public sealed class SessionsQueries(PortalDbContext db)
{
    public async Task<SessionsPage> PageAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new SessionsPage(await db.OpenSessionsAsync(user.Id(), user.SessionId(), ct));
    }

    /// <param name="sessionId">One other session to end; null for every other session.</param>
    public async Task<SessionsEndPage?> EndPageAsync(ClaimsPrincipal user, Guid? sessionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var sessions = await db.OpenSessionsAsync(user.Id(), user.SessionId(), ct);
        var others = sessions.Count(s => !s.IsCurrent);
        if (sessionId is not { } id)
        {
            return new SessionsEndPage(null, others);
        }

        return sessions.SingleOrDefault(s => s.Id == id && !s.IsCurrent) is { } session ? new SessionsEndPage(session, others) : null;
    }
}
