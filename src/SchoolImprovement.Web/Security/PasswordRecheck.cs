using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Security;

/// <summary>What asking a signed-in person for their password again found.</summary>
public enum PasswordRecheckOutcome
{
    Passed,
    Wrong,
    LockedOut,
}

/// <summary>
/// Asks a signed-in person for their password again before a change to their sign-in (first
/// authenticator app, new app or recovery codes, new password): refused while this address is
/// locked out for the account, and a wrong password counts towards that lockout exactly as at
/// sign-in (<see cref="SignInLockout"/>, ADR 0011) besides Identity's account-wide backstop.
/// </summary>
public sealed class PasswordRecheck(SignInManager<PortalUser> signIn, SignInLockout lockout)
{
    public async Task<PasswordRecheckOutcome> CheckAsync(PortalUser user, string? password, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var account = SignInKeys.Account(user.Email);
        if (await lockout.IsLockedAsync(account, ct))
        {
            return PasswordRecheckOutcome.LockedOut;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return PasswordRecheckOutcome.Passed;
        }

        if (result.IsLockedOut)
        {
            return PasswordRecheckOutcome.LockedOut;
        }

        await lockout.RecordFailureAsync(account, user.Id, ct);
        return PasswordRecheckOutcome.Wrong;
    }
}
