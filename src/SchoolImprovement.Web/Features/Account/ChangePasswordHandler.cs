using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// A signed-in person changes their password: the current one first (a wrong one counts towards
/// the lockout of the account from this address, as at sign-in, ADR 0011), then the new one passes
/// every password rule. Every other session of the person ends in the same transaction (their rows
/// marked <see cref="SessionEndReason.PasswordChanged"/>, and the new security stamp); this
/// browser's session is kept and its cookie re-issued so the person stays signed in here. They are emailed.
/// </summary>
public sealed class ChangePasswordHandler(
    PortalDbContext db,
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    SignInLockout lockout,
    PasswordRecheck recheck,
    AccountEmails emails,
    SecurityEvents events,
    UserSessions sessions)
{
    public const string WrongPassword = "Your current password is not right.";
    public const string LockedOut = "There have been too many failed attempts from here. Wait and try again later.";

    public async Task<CommandResult> HandleAsync(ClaimsPrincipal principal, ChangePasswordForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return CommandResult.Missing;
        }

        switch (await recheck.CheckAsync(user, form.CurrentPassword, ct))
        {
            case PasswordRecheckOutcome.LockedOut:
                await events.RecordAsync(SecurityEventKind.PasswordChanged, SecurityOutcome.Refused, user.Id, "locked out", ct);
                return CommandResult.Refuse(LockedOut);
            case PasswordRecheckOutcome.Wrong:
                await events.RecordAsync(SecurityEventKind.PasswordChanged, SecurityOutcome.Failed, user.Id, "wrong current password", ct);
                return CommandResult.Refuse(WrongPassword);
        }

        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword).OrRefuse();
            await sessions.EndAllAsync(user.Id, SessionEndReason.PasswordChanged, keep: principal.SessionId(), ct);
            return user.Id;
        }, ct, describe: e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? WrongPassword : e.Description);
        if (result is not CommandResult.Done)
        {
            await events.RecordAsync(SecurityEventKind.PasswordChanged, SecurityOutcome.Refused, user.Id, "new password refused", ct);
            return result;
        }

        await signIn.RefreshSignInAsync(user);
        await lockout.ClearAsync(SignInKeys.Account(user.Email), ct);
        await events.RecordAsync(SecurityEventKind.PasswordChanged, SecurityOutcome.Succeeded, user.Id, ct: ct);
        await emails.SendPasswordChangedAsync(user, ct);
        return result;
    }
}
