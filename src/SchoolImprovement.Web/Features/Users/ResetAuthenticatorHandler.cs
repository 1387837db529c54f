using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>
/// For a lost phone with no recovery codes left: turns the person's authenticator app off, forgets
/// its key, removes their password and ends their sessions. The person is emailed a short-lived
/// password-reset link: whoever knows only the old password cannot sign in and enrol an
/// authenticator of their own; the owner of the mailbox chooses a new password and then sets up a
/// new app (ASVS V6.4: an administrator's reset does not hand the account to the password alone).
/// </summary>
public sealed class ResetAuthenticatorHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust, TimeProvider clock, AccountEmails emails, UserSessions sessions, SecurityEvents events)
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
            if (await users.HasPasswordAsync(user))
            {
                await users.RemovePasswordAsync(user).OrRefuse();
            }

            await users.UpdateSecurityStampAsync(user).OrRefuse();
            await sessions.EndAllAsync(user.Id, SessionEndReason.AuthenticatorReset, ct: ct);
            db.AuditUser(trust, clock, user.Id, AuditAction.Updated, new(StringComparer.Ordinal) { ["AuthenticatorApp"] = [was ? "on" : "off", "reset"], ["Password"] = ["set", "removed until reset"] });
            return user.Id;
        }, ct);
        await events.RecordAsync(SecurityEventKind.AuthenticatorReset, result is CommandResult.Done ? SecurityOutcome.Succeeded : SecurityOutcome.Refused, user.Id, "by administrator; password removed", ct);
        if (result is CommandResult.Done)
        {
            await emails.SendAuthenticatorResetAsync(user, ct);
        }

        return result;
    }
}
