using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// Guessing the current password on "Change your password" (with a stolen session) counts towards
/// the lockout of the account from that address, as wrong passwords at sign-in do (ADR 0011);
/// three failures lock here (<see cref="LockoutPortalFactory"/>).
/// </summary>
public sealed class PasswordChangeLockoutTests(LockoutPortalFactory factory) : IClassFixture<LockoutPortalFactory>
{
    [Fact]
    public async Task Wrong_current_passwords_lock_the_change_from_that_address_even_for_the_right_one()
    {
        const string email = "headteacher@vine.example";
        const string address = "192.0.2.140";
        using var client = factory.CreateClientFrom(address);
        using (var signIn = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = DemoSeeder.DemoPassword }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var before = await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());
        for (var i = 0; i < LockoutPortalFactory.Failures; i++)
        {
            using var wrong = await client.PostFormAsync(ChangePasswordController.Path, new() { ["CurrentPassword"] = "guess number " + i, ["NewPassword"] = "lantern orchard copper meadow", ["ConfirmPassword"] = "lantern orchard copper meadow" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await client.PostFormAsync(ChangePasswordController.Path, new() { ["CurrentPassword"] = DemoSeeder.DemoPassword, ["NewPassword"] = "lantern orchard copper meadow", ["ConfirmPassword"] = "lantern orchard copper meadow" });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(ChangePasswordHandler.LockedOut, (await right.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync()));
        Assert.NotNull(await factory.WithoutTrustAsync(db => db.SignInSources
            .Where(s => s.AccountKey == SignInKeys.Account(email) && s.ClientAddress == address).Select(s => s.LockedUntil).SingleAsync()));
    }
}
