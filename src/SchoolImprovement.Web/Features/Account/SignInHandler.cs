using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// Signing in with an email address and password. Done carries where to go next (the page asked
/// for, or the authenticator step); a wrong address or password gets one answer for both.
/// </summary>
public sealed partial class SignInHandler(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, ILogger<SignInHandler> logger)
{
    public const string WrongCredentials = "The email address or password is not right.";
    public const string LockedOut = "This account is locked after too many failed sign-ins. Try again in 15 minutes or reset your password.";

    public async Task<CommandResult> SignInAsync(SignInForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var next = LocalOrHome(form.ReturnUrl);
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is { IsActive: true })
        {
            var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                LogSignIn(logger, user.UserName ?? user.Id.ToString());
                return CommandResult.Success(user.Id, next);
            }

            if (result.RequiresTwoFactor)
            {
                return CommandResult.Success(user.Id, $"/account/mfa/verify?returnUrl={Uri.EscapeDataString(next)}");
            }

            if (result.IsLockedOut)
            {
                LogLockedOut(logger, user.UserName ?? user.Id.ToString());
                return CommandResult.Refuse(LockedOut);
            }
        }

        LogFailedSignIn(logger, form.Email);
        return CommandResult.Refuse(WrongCredentials);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    /// <summary>Only a path on this site is followed after signing in (no open redirect).</summary>
    public static string LocalOrHome(string? returnUrl) => RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/";

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in: {User}")]
    private static partial void LogSignIn(ILogger logger, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for {Email}")]
    private static partial void LogFailedSignIn(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account locked out: {User}")]
    private static partial void LogLockedOut(ILogger logger, string user);
}
