using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>A forgotten password: the emailed link (<see cref="AccountEmails"/>) and choosing a new password with it.</summary>
public sealed class PasswordResetHandler(PortalDbContext db, UserManager<PortalUser> users, AccountEmails emails, SignInLockout lockout)
{
    public const string ExpiredLink = "This reset link has expired or was already used. Ask for a new one.";

    /// <summary>The same answer whether or not the address has an account, so addresses cannot be probed.</summary>
    public async Task<CommandResult> RequestAsync(ForgotPasswordForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is { IsActive: true, Email: not null })
        {
            await emails.SendPasswordResetAsync(user, ct);
        }

        return CommandResult.Success(Guid.Empty);
    }

    /// <summary>Sets the new password and lifts every lockout of the account, from every address (the person proved they hold the mailbox).</summary>
    public async Task<CommandResult> ResetAsync(ResetPasswordForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        // An unknown address gets the same answer as a bad or used token, so the page cannot tell which addresses have accounts.
        if (await users.FindByEmailAsync(form.Email) is not { } user)
        {
            return CommandResult.Refuse(ExpiredLink);
        }

        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            await users.ResetPasswordAsync(user, form.Token, form.Password).OrRefuse();
            await users.ResetAccessFailedCountAsync(user).OrRefuse();
            await users.SetLockoutEndDateAsync(user, null).OrRefuse();
            return user.Id;
        }, ct, describe: e => e.Code == "InvalidToken" ? ExpiredLink : e.Description);
        if (result is CommandResult.Done)
        {
            await lockout.ClearAccountAsync(SignInKeys.Account(user.Email), ct);
        }

        return result;
    }
}
