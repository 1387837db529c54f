using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// Setting up a first authenticator app (<see cref="AuthenticatorEnrolment"/>). Once one is on,
/// this is refused: a new app or new recovery codes need the password and a current code
/// (<see cref="SignInSecurityHandler"/>), so an unattended session cannot take over the second factor.
/// </summary>
public sealed partial class AuthenticatorSetupHandler(
    UserManager<PortalUser> users,
    PasswordRecheck recheck,
    AuthenticatorActivation activation,
    IDataProtectionProvider protection,
    TimeProvider clock,
    ILogger<AuthenticatorSetupHandler> logger)
{
    public const string Expired = "That key has expired. A new key is shown: add it to your app in place of the old one and enter the code it shows.";
    public const string AlreadyOn = "Your authenticator app is already set up. Change it from your sign-in security page.";
    public const string WrongCode = "That code is not right. Check the time on your phone and enter the code it shows now.";

    private IDataProtector Protector => AuthenticatorEnrolment.Protector(protection, replacing: false);

    /// <summary>A new key to add to the app; null when the person already has an app on (it is managed on their sign-in security page).</summary>
    public async Task<MfaSetupPage?> PageAsync(ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) is { TwoFactorEnabled: false } user
            ? AuthenticatorEnrolment.NewPage(Protector, users, user, clock.GetUtcNow(), replacing: false)
            : null;

    /// <summary>The same key again after a wrong code; a new one when it has expired.</summary>
    public async Task<MfaSetupPage?> PageAgainAsync(ClaimsPrincipal principal, string? ticket) =>
        await users.GetUserAsync(principal) is { TwoFactorEnabled: false } user
            ? AuthenticatorEnrolment.PageAgain(Protector, user, ticket, clock.GetUtcNow(), replacing: false)
                ?? AuthenticatorEnrolment.NewPage(Protector, users, user, clock.GetUtcNow(), replacing: false)
            : null;

    /// <summary>Turns the app on once a code from it is right. Done carries the ten recovery codes, to show once.</summary>
    public async Task<CommandResult> EnableAsync(ClaimsPrincipal principal, AuthenticatorSetupForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return CommandResult.Missing;
        }

        if (user.TwoFactorEnabled)
        {
            return CommandResult.Refuse(AlreadyOn);
        }

        switch (await recheck.CheckAsync(user, form.Password, ct))
        {
            case PasswordRecheckOutcome.LockedOut:
                return CommandResult.Refuse(SignInSecurityHandler.LockedOut);
            case PasswordRecheckOutcome.Wrong:
                return CommandResult.Refuse(SignInSecurityHandler.WrongPassword);
        }

        var result = await activation.ActivateAsync(user, Protector, form, SecondFactorChange.SetUp, Expired, WrongCode, ct);
        if (result is CommandResult.Done)
        {
            LogMfaEnabled(logger, user.UserName ?? user.Id.ToString());
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Authenticator app set up for {User}")]
    private static partial void LogMfaEnabled(ILogger logger, string user);
}
