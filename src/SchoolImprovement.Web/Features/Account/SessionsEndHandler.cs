using System.Security.Claims;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// A person ends their own sessions: one other session (a computer they forgot to sign out of), or
/// every session but this one. This session is ended by signing out, never here; someone else's
/// session id is missing (404).
/// </summary>
public sealed class SessionsEndHandler(UserSessions sessions)
{
    public async Task<CommandResult> EndOneAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (sessionId == user.SessionId())
        {
            return CommandResult.Missing;
        }

        return await sessions.EndAsync(user.Id(), sessionId, SessionEndReason.EndedByOwner, ct)
            ? CommandResult.Success(sessionId)
            : CommandResult.Missing;
    }

    public async Task<CommandResult> EndOthersAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.SessionId() is not { } current)
        {
            return CommandResult.Missing;
        }

        var ended = await sessions.EndAllAsync(user.Id(), SessionEndReason.EndedByOwner, keep: current, ct);
        return CommandResult.Success(current, ended == 1 ? "1 other session has been ended." : $"{ended} other sessions have been ended.");
    }
}
