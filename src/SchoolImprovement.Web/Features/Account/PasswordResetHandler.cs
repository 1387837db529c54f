using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
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
/// A forgotten password: the emailed link (<see cref="AccountEmails"/>, valid for
/// <c>Security:PasswordResetTokenHours</c>) and choosing a new password with it. The new password
/// passes every password rule (<see cref="PortalPasswordValidator"/>) and is used as typed.
/// </summary>
public sealed class PasswordResetHandler(
    PortalDbContext db,
    UserManager<PortalUser> users,
    AccountEmails emails,
    SignInLockout lockout,
    SecurityEvents events,
    UserSessions sessions,
    IOptions<AccountTokenOptions> tokens)
{
    public const string ExpiredLink = "This reset link has expired or was already used. Ask for a new one.";

    /// <summary>The same answer whether or not the address has an account, so addresses cannot be probed. Done carries how long a link works ("1 hour").</summary>
    public async Task<CommandResult> RequestAsync(ForgotPasswordForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is { IsActive: true, Email: not null })
        {
            await emails.SendPasswordResetAsync(user, ct);
            await events.RecordAsync(SecurityEventKind.PasswordResetRequested, SecurityOutcome.Succeeded, user.Id, "link sent", ct);
        }
        else
        {
            await events.RecordAsync(SecurityEventKind.PasswordResetRequested, SecurityOutcome.Refused, user?.Id, user is null ? "no such account" : "account inactive", ct);
        }

        return CommandResult.Success(Guid.Empty, AccountEmails.Lifetime(tokens.Value.PasswordResetLifetime));
    }

    /// <summary>
    /// Sets the new password, ends every session signed in with the old one (in the same transaction)
    /// and lifts every lockout of the account, from every address (the person proved they hold the mailbox).
    /// </summary>
    public async Task<CommandResult> ResetAsync(ResetPasswordForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        // An unknown address gets the same answer as a bad or used token, so the page cannot tell which addresses have accounts.
        if (await users.FindByEmailAsync(form.Email) is not { } user)
        {
            await events.RecordAsync(SecurityEventKind.PasswordResetCompleted, SecurityOutcome.Failed, null, "no such account", ct);
            return CommandResult.Refuse(ExpiredLink);
        }

        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            await users.ResetPasswordAsync(user, form.Token, form.Password).OrRefuse();
            await users.ResetAccessFailedCountAsync(user).OrRefuse();
            await users.SetLockoutEndDateAsync(user, null).OrRefuse();
            await sessions.EndAllAsync(user.Id, SessionEndReason.PasswordReset, ct: ct);
            return user.Id;
        }, ct, describe: e => e.Code == "InvalidToken" ? ExpiredLink : e.Description);
        if (result is CommandResult.Done)
        {
            await lockout.ClearAccountAsync(SignInKeys.Account(user.Email), ct);
            await events.RecordAsync(SecurityEventKind.PasswordResetCompleted, SecurityOutcome.Succeeded, user.Id, ct: ct);
        }
        else
        {
            await events.RecordAsync(SecurityEventKind.PasswordResetCompleted, SecurityOutcome.Refused, user.Id,
                result is CommandResult.Refused { Problems: var problems } && problems.Contains(ExpiredLink) ? "invalid or expired link" : "password refused", ct);
        }

        return result;
    }
}
