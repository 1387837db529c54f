using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>
/// Deactivating stops a person signing in and ends their sessions at once (the security stamp
/// changes and every session row is ended); nobody deactivates themselves
/// (<see cref="PortalUser.Deactivate"/>). Reactivating lets them sign in again, with no old session back.
/// </summary>
public sealed class UserActivationHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock, UserSessions sessions, SecurityEvents events)
{
    public Task<CommandResult> DeactivateAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, user => user.Deactivate(by: trust.UserId), SecurityEventKind.AccountDeactivated, ct);

    public Task<CommandResult> ReactivateAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, user => user.Reactivate(), SecurityEventKind.AccountReactivated, ct);

    private async Task<CommandResult> ChangeAsync(Guid id, Action<PortalUser> change, SecurityEventKind kind, CancellationToken ct)
    {
        if (await db.TrustUserAsync(trust, id, ct) is not { } user)
        {
            return CommandResult.Missing;
        }

        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            var was = user.IsActive;
            change(user);
            // Saves the change with the new stamp.
            await users.UpdateSecurityStampAsync(user).OrRefuse();
            await sessions.EndAllAsync(user.Id, SessionEndReason.Deactivated, ct: ct);
            db.AuditUser(trust, clock, user.Id, AuditAction.Updated, new(StringComparer.Ordinal) { ["IsActive"] = [was, user.IsActive] });
            return user.Id;
        }, ct);
        await events.RecordAsync(kind, result is CommandResult.Done ? SecurityOutcome.Succeeded : SecurityOutcome.Refused, user.Id, ct: ct);
        return result;
    }
}
