using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// The second step of signing in: a code from the authenticator app, or a recovery code. Done
/// carries where to go next. A wrong code or recovery code counts towards the lockout of the
/// account from this address, like a wrong password (<see cref="SignInLockout"/>). An authenticator
/// code is accepted once (<see cref="OneTimeAuthenticatorTokenProvider"/>): a replayed one is a
/// wrong code. Each attempt is a security event.
/// </summary>
public sealed class TwoFactorSignInHandler(SignInManager<PortalUser> signIn, SignInLockout lockout, SecurityEvents events)
{
    public const string SignInFirst = "Sign in with your email address and password first.";
    public const string WrongCode = "That code is not right. Enter the code your authenticator app shows now.";
    public const string WrongRecoveryCode = "That recovery code is not right, or it has been used.";
    public const string LockedOut = "There have been too many failed attempts from here. Wait and try again later.";

    public Task<CommandResult> VerifyAsync(MfaCodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return SecondStepAsync(form.ReturnUrl, WrongCode, SecurityEventKind.AuthenticatorCodeSignIn,
            () => signIn.TwoFactorAuthenticatorSignInAsync(MfaCodeForm.Normalise(form.Code), isPersistent: false, rememberClient: false));
    }

    public Task<CommandResult> RecoveryAsync(RecoveryCodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return SecondStepAsync(form.ReturnUrl, WrongRecoveryCode, SecurityEventKind.RecoveryCodeSignIn,
            () => signIn.TwoFactorRecoveryCodeSignInAsync(form.Code.Replace(" ", "", StringComparison.Ordinal)));
    }

    private async Task<CommandResult> SecondStepAsync(string? returnUrl, string wrong, SecurityEventKind kind, Func<Task<SignInResult>> check)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return CommandResult.Refuse(SignInFirst);
        }

        var account = SignInKeys.Account(user.Email);
        if (await lockout.IsLockedAsync(account))
        {
            await events.RecordAsync(kind, SecurityOutcome.Refused, user.Id, "locked out from this address");
            return CommandResult.Refuse(LockedOut);
        }

        var result = await check();
        if (result.Succeeded)
        {
            await lockout.ClearAsync(account);
            await events.RecordAsync(kind, SecurityOutcome.Succeeded, user.Id);
            return CommandResult.Success(user.Id, SignInHandler.LocalOrHome(returnUrl));
        }

        await lockout.RecordFailureAsync(account);
        await events.RecordAsync(kind, SecurityOutcome.Failed, user.Id, result.IsLockedOut ? "account locked" : "wrong, used or replayed code");
        return CommandResult.Refuse(result.IsLockedOut ? LockedOut : wrong);
    }
}
