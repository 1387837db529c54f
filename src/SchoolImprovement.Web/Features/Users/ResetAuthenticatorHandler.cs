using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>
/// For a lost phone with no recovery codes left: turns the person's authenticator app off and
/// forgets its key, and ends their sessions; a staff member sets a new one up at next sign-in.
/// The person is emailed, so a reset they did not ask for does not go unseen.
/// </summary>
public sealed class ResetAuthenticatorHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock, AccountEmails emails)
{
    public async Task<CommandResult> HandleAsync(Guid id, CancellationToken ct)
    {
        if (await db.TrustUserAsync(trust, id, ct) is not { } user)
        {
            return CommandResult.Missing;
        }

        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            var was = user.TwoFactorEnabled;
            await users.SetTwoFactorEnabledAsync(user, false).OrRefuse();
            await users.ResetAuthenticatorKeyAsync(user).OrRefuse();
            await users.UpdateSecurityStampAsync(user).OrRefuse();
            db.AuditUser(trust, clock, user.Id, AuditAction.Updated, new(StringComparer.Ordinal) { ["AuthenticatorApp"] = [was ? "on" : "off", "reset"] });
            return user.Id;
        }, ct);
        if (result is CommandResult.Done)
        {
            await emails.SendSecondFactorChangedAsync(user, SecondFactorChange.ResetByAdministrator, ct);
        }

        return result;
    }
}
