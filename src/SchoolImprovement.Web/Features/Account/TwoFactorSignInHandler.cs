using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or a recovery code. Done carries where to go next.</summary>
public sealed class TwoFactorSignInHandler(SignInManager<PortalUser> signIn)
{
    public const string SignInFirst = "Sign in with your email address and password first.";
    public const string WrongCode = "That code is not right. Enter the code your authenticator app shows now.";
    public const string WrongRecoveryCode = "That recovery code is not right, or it has been used.";
    public const string LockedOut = "This account is locked after too many failed attempts. Try again in 15 minutes.";

    public async Task<CommandResult> VerifyAsync(MfaCodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return CommandResult.Refuse(SignInFirst);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(MfaCodeForm.Normalise(form.Code), isPersistent: false, rememberClient: false);
        return Answer(result, user.Id, form.ReturnUrl, WrongCode);
    }

    public async Task<CommandResult> RecoveryAsync(RecoveryCodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return CommandResult.Refuse(SignInFirst);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.Code.Replace(" ", "", StringComparison.Ordinal));
        return Answer(result, user.Id, form.ReturnUrl, WrongRecoveryCode);
    }

    private static CommandResult Answer(SignInResult result, Guid userId, string? returnUrl, string wrong) =>
        result.Succeeded ? CommandResult.Success(userId, SignInHandler.LocalOrHome(returnUrl))
        : CommandResult.Refuse(result.IsLockedOut ? LockedOut : wrong);
}
