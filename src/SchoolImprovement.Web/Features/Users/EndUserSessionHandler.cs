using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>The trust administrator ends one of a person's sessions (a shared computer left signed in); another trust's person is missing.</summary>
public sealed class EndUserSessionHandler(PortalDbContext db, TrustContext trust, UserSessions sessions)
{
    public async Task<CommandResult> HandleAsync(Guid id, Guid sessionId, CancellationToken ct)
    {
        if (await db.TrustUserAsync(trust, id, ct) is null)
        {
            return CommandResult.Missing;
        }

        return await sessions.EndAsync(id, sessionId, SessionEndReason.EndedByAdministrator, ct)
            ? CommandResult.Success(sessionId)
            : CommandResult.Missing;
    }
}
