using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// Signing in with an email address and password. Done carries where to go next (the page asked
/// for, or the authenticator step). An unknown address, a wrong password, a deactivated account
/// and a lockout all get one answer, after the same password-hashing work (ADR 0011); failures
/// lock the account for this client address only (<see cref="SignInLockout"/>). Every outcome is a
/// security event (<see cref="SecurityEventKind.PasswordSignIn"/>) with the user id when the address
/// matched someone, never the address typed.
/// </summary>
public sealed class SignInHandler(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, SignInLockout lockout, SecurityEvents events)
{
    public const string WrongCredentials = "The email address or password is not right. After several failed attempts, signing in from here is paused for a while: wait and try again, or reset your password.";

    private static string? _dummyHash;

    public async Task<CommandResult> SignInAsync(SignInForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var next = LocalOrHome(form.ReturnUrl);
        var account = SignInKeys.Account(form.Email);
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (await lockout.IsLockedAsync(account))
        {
            HashDummy(form.Password);
            await events.RecordAsync(SecurityEventKind.PasswordSignIn, SecurityOutcome.Refused, user?.Id, "locked for this address");
            return CommandResult.Refuse(WrongCredentials);
        }

        var reason = user is null ? "unknown account" : "deactivated account";
        if (user is { IsActive: true })
        {
            var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                await lockout.ClearAsync(account);
                await events.RecordAsync(SecurityEventKind.PasswordSignIn, SecurityOutcome.Succeeded, user.Id, "signed in");
                return CommandResult.Success(user.Id, next);
            }

            if (result.RequiresTwoFactor)
            {
                await events.RecordAsync(SecurityEventKind.PasswordSignIn, SecurityOutcome.Succeeded, user.Id, "second factor next");
                return CommandResult.Success(user.Id, $"/account/mfa/verify?returnUrl={Uri.EscapeDataString(next)}");
            }

            reason = "wrong password";
            if (result.IsLockedOut)
            {
                reason = "locked account-wide";
                await events.RecordAsync(SecurityEventKind.LockedOut, SecurityOutcome.Refused, user.Id, "account-wide backstop");
            }
        }
        else
        {
            HashDummy(form.Password);
        }

        await lockout.RecordFailureAsync(account, user?.Id);
        await events.RecordAsync(SecurityEventKind.PasswordSignIn, SecurityOutcome.Failed, user?.Id, reason);
        return CommandResult.Refuse(WrongCredentials);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    /// <summary>Only a path on this site is followed after signing in (no open redirect).</summary>
    public static string LocalOrHome(string? returnUrl) => RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/";

    /// <summary>The same hashing work as a real password check, so an unknown or locked address answers as slowly as a known one.</summary>
    private void HashDummy(string password)
    {
        var dummy = new PortalUser();
        _dummyHash ??= users.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password);
    }
}
