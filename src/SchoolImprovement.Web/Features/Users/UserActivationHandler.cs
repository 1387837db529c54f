using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>
/// Deactivating stops a person signing in and ends their sessions at once (the security stamp
/// changes and is checked on every request); nobody deactivates themselves
/// (<see cref="PortalUser.Deactivate"/>). Reactivating lets them sign in again.
/// </summary>
public sealed class UserActivationHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock)
{
    public Task<CommandResult> DeactivateAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, user => user.Deactivate(by: trust.UserId), ct);

    public Task<CommandResult> ReactivateAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, user => user.Reactivate(), ct);

    private async Task<CommandResult> ChangeAsync(Guid id, Action<PortalUser> change, CancellationToken ct)
    {
        if (await db.TrustUserAsync(trust, id, ct) is not { } user)
        {
            return CommandResult.Missing;
        }

        return await db.SaveIdentityCommandAsync(async () =>
        {
            var was = user.IsActive;
            change(user);
            // Saves the change with the new stamp.
            await users.UpdateSecurityStampAsync(user).OrRefuse();
            db.AuditUser(trust, clock, user.Id, AuditAction.Updated, new(StringComparer.Ordinal) { ["IsActive"] = [was, user.IsActive] });
            return user.Id;
        }, ct);
    }
}
