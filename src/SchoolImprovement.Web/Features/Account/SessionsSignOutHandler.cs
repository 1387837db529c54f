using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// Signing out: ends this session on the server before the cookie is deleted, so a copy of the
/// cookie (kept by malware, or a shared computer's saved state) no longer works either (ASVS V7.4.1).
/// </summary>
public sealed class SessionsSignOutHandler(SignInManager<PortalUser> signIn, UserSessions sessions, SecurityEvents events)
{
    public async Task SignOutAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Id() is var userId && userId != Guid.Empty)
        {
            if (user.SessionId() is { } sessionId)
            {
                await sessions.EndAsync(userId, sessionId, SessionEndReason.SignedOut, ct);
            }

            await events.RecordAsync(SecurityEventKind.SignedOut, SecurityOutcome.Succeeded, userId, ct: ct);
        }

        await signIn.SignOutAsync();
    }
}
