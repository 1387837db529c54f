using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>"Your sign-in security": whether the authenticator app is on and how many recovery codes are left.</summary>
public sealed record SignInSecurityPage(bool AuthenticatorOn, int RecoveryCodesLeft);

/// <summary>
/// Changing a second factor that is on: new recovery codes, or a new authenticator app. Each needs
/// the password AND a current code (a session alone is not enough; the code is used up like one at
/// sign-in); a new app's key is shown only after that check and stored only once a code from it is
/// right; the person is emailed. Each attempt is a security event.
/// </summary>
public sealed class SignInSecurityHandler(
    PortalDbContext db,
    UserManager<PortalUser> users,
    PasswordRecheck recheck,
    AuthenticatorActivation activation,
    IDataProtectionProvider protection,
    TimeProvider clock,
    AccountEmails emails,
    SignInLockout lockout,
    SecurityEvents events)
{
    public const string NoAppYet = "You have no authenticator app set up yet. Set one up first.";
    public const string WrongPassword = "That password is not right.";
    public const string WrongCode = "That code is not right. Enter the code your authenticator app shows now.";
    public const string LockedOut = "There have been too many failed attempts from here. Wait and try again later.";
    public const string Expired = "That new key has expired or is no longer valid. Start again: enter your password and a current code.";
    public const string WrongNewCode = "That code is not right. Enter the code your NEW authenticator app shows now.";

    private IDataProtector Protector => AuthenticatorEnrolment.Protector(protection, replacing: true);

    public async Task<SignInSecurityPage?> PageAsync(ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) is { } user
            ? new SignInSecurityPage(user.TwoFactorEnabled, user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0)
            : null;

    /// <summary>Ten new recovery codes; the old ones stop working. Done carries the codes, to show once.</summary>
    public async Task<CommandResult> NewRecoveryCodesAsync(ClaimsPrincipal principal, SecurityCheckForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return CommandResult.Missing;
        }

        if (await ProblemWithCheckAsync(user, form, SecurityEventKind.RecoveryCodesRenewed) is { } problem)
        {
            return CommandResult.Refuse(problem);
        }

        IReadOnlyList<string> codes = [];
        var result = await db.SaveIdentityCommandAsync(async () =>
        {
            codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
            return user.Id;
        }, ct);
        if (result is not CommandResult.Done)
        {
            return result;
        }

        await events.RecordAsync(SecurityEventKind.RecoveryCodesRenewed, SecurityOutcome.Succeeded, user.Id, ct: ct);
        await emails.SendSecondFactorChangedAsync(user, SecondFactorChange.NewRecoveryCodes, ct);
        return CommandResult.Success(user.Id, string.Join(' ', codes));
    }

    /// <summary>The first step of replacing the app: after the check, Done carries the sealed new key (<see cref="ReplacementPage"/> shows it).</summary>
    public async Task<CommandResult> CheckForNewAuthenticatorAsync(ClaimsPrincipal principal, SecurityCheckForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return CommandResult.Missing;
        }

        return await ProblemWithCheckAsync(user, form, SecurityEventKind.AuthenticatorReplaced) is { } problem
            ? CommandResult.Refuse(problem)
            : CommandResult.Success(user.Id, AuthenticatorEnrolment.NewPage(Protector, users, user, clock.GetUtcNow(), replacing: true).Ticket);
    }

    /// <summary>The page showing the new key the check just made.</summary>
    public MfaSetupPage ReplacementPage(string ticket) => AuthenticatorEnrolment.PageFor(Protector, ticket, replacing: true);

    /// <summary>The new key again after a wrong code; null when the ticket is not this person's or has expired (start again).</summary>
    public async Task<MfaSetupPage?> ReplacementPageAgainAsync(ClaimsPrincipal principal, string? ticket) =>
        await users.GetUserAsync(principal) is { } user
            ? AuthenticatorEnrolment.PageAgain(Protector, user, ticket, clock.GetUtcNow(), replacing: true)
            : null;

    /// <summary>The second step: a code from the new app makes it the person's app. Done carries ten new recovery codes.</summary>
    public async Task<CommandResult> ReplaceAuthenticatorAsync(ClaimsPrincipal principal, AuthenticatorSetupForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return CommandResult.Missing;
        }

        if (!user.TwoFactorEnabled)
        {
            return CommandResult.Refuse(NoAppYet);
        }

        return await activation.ActivateAsync(user, Protector, form, SecondFactorChange.Replaced, Expired, WrongNewCode, ct);
    }

    /// <summary>The password first, then a code from the current app; a wrong one counts towards the lockout from this address, as at sign-in.</summary>
    private async Task<string?> ProblemWithCheckAsync(PortalUser user, SecurityCheckForm form, SecurityEventKind kind)
    {
        var problem = await CheckAsync(user, form);
        if (problem is not null)
        {
            await events.RecordAsync(kind, problem == LockedOut ? SecurityOutcome.Refused : SecurityOutcome.Failed, user.Id,
                problem == WrongPassword ? "security check: wrong password" : problem == WrongCode ? "security check: wrong, used or replayed code" : "security check refused");
        }

        return problem;
    }

    private async Task<string?> CheckAsync(PortalUser user, SecurityCheckForm form)
    {
        if (!user.TwoFactorEnabled)
        {
            return NoAppYet;
        }

        switch (await recheck.CheckAsync(user, form.Password))
        {
            case PasswordRecheckOutcome.LockedOut:
                return LockedOut;
            case PasswordRecheckOutcome.Wrong:
                return WrongPassword;
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, MfaCodeForm.Normalise(form.Code)))
        {
            await users.AccessFailedAsync(user);
            await lockout.RecordFailureAsync(SignInKeys.Account(user.Email), user.Id);
            return WrongCode;
        }

        return null;
    }
}
