using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// Lockout per account and client address (ADR 0011): an attacker's guesses lock only the
/// attacker's address, the owner signs in from elsewhere; each new lockout of the same pair lasts
/// twice as long; wrong recovery codes count like wrong passwords. Three failures lock
/// (<see cref="LockoutPortalFactory"/>); each test uses its own account and addresses.
/// </summary>
public sealed class LockoutTests(LockoutPortalFactory factory) : IClassFixture<LockoutPortalFactory>, IDisposable
{
    public void Dispose() => factory.Clock.Release();

    private static Dictionary<string, string> SignIn(string email, string password) => new() { ["Email"] = email, ["Password"] = password };

    private static async Task<string> AlertAsync(HttpResponseMessage response) =>
        (await response.DocumentAsync()).QuerySelector("[role=alert], .alert")?.TextContent.Trim() ?? "";

    private async Task FailAsync(HttpClient client, string email, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var wrong = await client.PostFormAsync("/account/sign-in", SignIn(email, "wrong password number " + i));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
    }

    private async Task<HttpResponseMessage> RightPasswordAsync(HttpClient client, string email) =>
        await client.PostFormAsync("/account/sign-in", SignIn(email, DemoSeeder.DemoPassword));

    private Task<DateTime?> LockedUntilAsync(string email, string address) =>
        factory.WithoutTrustAsync(db => db.SignInSources
            .Where(s => s.AccountKey == SignInKeys.Account(email) && s.ClientAddress == address)
            .Select(s => s.LockedUntil).SingleOrDefaultAsync());

    [Fact]
    public async Task The_owner_signs_in_from_another_address_while_the_attackers_address_is_locked()
    {
        const string owner = "governance@ddat.example";
        using var attacker = factory.CreateClientFrom("192.0.2.66");
        await FailAsync(attacker, owner, LockoutPortalFactory.Failures);

        // The attacker now has the right password: still refused, with the same answer as any failure.
        using var locked = await RightPasswordAsync(attacker, owner);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        using var unknown = await attacker.PostFormAsync("/account/sign-in", SignIn("nobody-at-all@nowhere.example", "whatever it is"));
        Assert.Equal(await AlertAsync(unknown), await AlertAsync(locked));
        Assert.Contains(SignInHandler.WrongCredentials, await AlertAsync(locked), StringComparison.Ordinal);
        Assert.NotNull(await LockedUntilAsync(owner, "192.0.2.66"));

        // The owner, from home, is not kept out, and Identity's account-wide lockout was not reached.
        using var home = factory.CreateClientFrom("203.0.113.20");
        using var signedIn = await RightPasswordAsync(home, owner);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.False(await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == owner).Select(u => u.LockoutEnd != null).SingleAsync()));

        // The owner's success does not unlock the attacker's address.
        using var stillLocked = await RightPasswordAsync(attacker, owner);
        Assert.Equal(HttpStatusCode.OK, stillLocked.StatusCode);
    }

    [Fact]
    public async Task Repeated_lockouts_from_the_same_address_grow_longer()
    {
        const string email = "trustee@ddat.example";
        const string address = "192.0.2.77";
        var start = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
        factory.Clock.Pin(start);
        using var attacker = factory.CreateClientFrom(address);

        await FailAsync(attacker, email, LockoutPortalFactory.Failures);
        Assert.Equal(start.UtcDateTime.AddMinutes(15), await LockedUntilAsync(email, address));
        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        using (var first = await RightPasswordAsync(attacker, email))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // The first lockout (15 minutes) is over; three more failures lock for 30 minutes.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = factory.Clock.GetUtcNow();
        await FailAsync(attacker, email, LockoutPortalFactory.Failures);
        Assert.Equal(second.UtcDateTime.AddMinutes(30), await LockedUntilAsync(email, address));
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        using (var stillLocked = await RightPasswordAsync(attacker, email))
        {
            Assert.Equal(HttpStatusCode.OK, stillLocked.StatusCode);
        }

        // And a third: an hour.
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var third = factory.Clock.GetUtcNow();
        await FailAsync(attacker, email, LockoutPortalFactory.Failures);
        Assert.Equal(third.UtcDateTime.AddMinutes(60), await LockedUntilAsync(email, address));

        // Once it is over the right password works, and the pair starts again from nothing.
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        using var signedIn = await RightPasswordAsync(attacker, email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.False(await factory.WithoutTrustAsync(db => db.SignInSources.AnyAsync(s => s.AccountKey == SignInKeys.Account(email))));
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_like_wrong_passwords_and_lock_only_that_address()
    {
        const string email = "sle@ddat.example";
        var codes = await factory.TurnOnSecondFactorAsync(email);

        using var attacker = factory.CreateClientFrom("192.0.2.88");
        using (var password = await RightPasswordAsync(attacker, email))
        {
            Assert.StartsWith("/account/mfa/verify", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        for (var i = 0; i < LockoutPortalFactory.Failures; i++)
        {
            using var wrong = await attacker.PostFormAsync("/account/mfa/recovery", new() { ["Code"] = "wrong-code-" + i });
            Assert.Contains(TwoFactorSignInHandler.WrongRecoveryCode, await AlertAsync(wrong), StringComparison.Ordinal);
        }

        // A real recovery code from the locked address is refused and is not used up.
        using var refused = await attacker.PostFormAsync("/account/mfa/recovery", new() { ["Code"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(TwoFactorSignInHandler.LockedOut, await AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(10, await factory.RecoveryCodesLeftAsync(email));
        using (var againPassword = await RightPasswordAsync(attacker, email))
        {
            Assert.Equal(HttpStatusCode.OK, againPassword.StatusCode); // the password step is locked for this address too
        }

        // The owner, elsewhere, signs in with that same code.
        using var owner = factory.CreateClientFrom("203.0.113.30");
        using (var password = await RightPasswordAsync(owner, email))
        {
            Assert.StartsWith("/account/mfa/verify", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var signedIn = await owner.PostFormAsync("/account/mfa/recovery", new() { ["Code"] = codes[0] });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(9, await factory.RecoveryCodesLeftAsync(email));
    }
}
