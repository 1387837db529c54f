using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// Signing in with an email address and password. Done carries where to go next (the page asked
/// for, or the authenticator step). An unknown address, a wrong password, a deactivated account
/// and a lockout all get one answer, after the same password-hashing work (ADR 0011); failures
/// lock the account for this client address only (<see cref="SignInLockout"/>).
/// </summary>
public sealed partial class SignInHandler(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, SignInLockout lockout, ILogger<SignInHandler> logger)
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
            LogLockedSource(logger, user?.Id.ToString() ?? "unknown");
            return CommandResult.Refuse(WrongCredentials);
        }

        if (user is { IsActive: true })
        {
            var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                await lockout.ClearAsync(account);
                LogSignIn(logger, user.Id.ToString());
                return CommandResult.Success(user.Id, next);
            }

            if (result.RequiresTwoFactor)
            {
                return CommandResult.Success(user.Id, $"/account/mfa/verify?returnUrl={Uri.EscapeDataString(next)}");
            }

            if (result.IsLockedOut)
            {
                LogLockedOut(logger, user.Id.ToString());
            }
        }
        else
        {
            HashDummy(form.Password);
        }

        await lockout.RecordFailureAsync(account);
        LogFailedSignIn(logger, user?.Id.ToString() ?? "unknown");
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in: user {UserId}")]
    private static partial void LogSignIn(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in: user {UserId}")]
    private static partial void LogFailedSignIn(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused, this address is locked out: user {UserId}")]
    private static partial void LogLockedSource(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account locked out everywhere (backstop): user {UserId}")]
    private static partial void LogLockedOut(ILogger logger, string userId);
}
