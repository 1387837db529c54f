using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Identity;

/// <summary>
/// Identity's authenticator provider, with each code accepted once. Registered under Identity's
/// authenticator provider name, so both the second step of signing in
/// (<c>SignInManager.TwoFactorAuthenticatorSignInAsync</c>) and every <c>VerifyTwoFactorTokenAsync</c>
/// (the security check before changing a second factor) go through it. Uses the portal's
/// <see cref="TimeProvider"/>, so tests can pin the time step.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(PortalDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>Codes come from the person's app, never from the portal (as Identity's own provider).</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        return await manager.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key
            && AuthenticatorCode.MatchingStep(key, token, clock.GetUtcNow()) is { } step
            && await AuthenticatorSteps.TryUseAsync(db, user.Id, step);
    }
}
