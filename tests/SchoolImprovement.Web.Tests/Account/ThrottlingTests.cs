using System.Net;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// Anonymous POSTs are throttled by client address AND by target account (ADR 0011): a spray over
/// many accounts from one address, and guesses at one account from many addresses, both end in
/// 429 with Retry-After and a page saying when to try again. Limits: 4 per address, 3 per account,
/// an hour's window (<see cref="ThrottlingPortalFactory"/>). Each test uses its own addresses and accounts.
/// </summary>
public sealed class ThrottlingTests(ThrottlingPortalFactory factory) : IClassFixture<ThrottlingPortalFactory>
{
    private static Dictionary<string, string> WrongSignIn(string email) => new() { ["Email"] = email, ["Password"] = "not the password at all" };

    private static async Task AssertThrottledAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        var seconds = int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 3600);
        var page = await response.DocumentAsync();
        Assert.Equal("Too many attempts", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Wait ", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav[aria-label=Main]"));
    }

    [Fact]
    public async Task A_spray_across_accounts_from_one_address_is_answered_429_with_retry_after()
    {
        using var attacker = factory.CreateClientFrom("192.0.2.10");
        for (var i = 0; i < ThrottlingPortalFactory.PerAddress; i++)
        {
            using var allowed = await attacker.PostFormAsync("/account/sign-in", WrongSignIn($"spray{i}@nowhere.example"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Contains(SignInHandler.WrongCredentials, (await allowed.DocumentAsync()).Text(), StringComparison.Ordinal);
        }

        // A further, different account from the same address: the address partition is spent.
        using var throttled = await attacker.PostFormAsync("/account/sign-in", WrongSignIn("spray-next@nowhere.example"));
        await AssertThrottledAsync(throttled);

        // Even the right password of a real account is not tried from that address now.
        using var real = await attacker.PostFormAsync("/account/sign-in", new() { ["Email"] = "trustee@vine.example", ["Password"] = DemoSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, real.StatusCode);
        Assert.False(real.Headers.Contains("Set-Cookie") && real.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)));

        // Another address is not affected.
        using var elsewhere = factory.CreateClientFrom("192.0.2.11");
        using var fine = await elsewhere.PostFormAsync("/account/sign-in", WrongSignIn("spray-next@nowhere.example"));
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task Guesses_at_one_account_from_many_addresses_are_answered_429_by_the_account_partition()
    {
        const string victim = "Victim.Distributed@Nowhere.example";
        for (var i = 0; i < ThrottlingPortalFactory.PerAccount; i++)
        {
            using var bot = factory.CreateClientFrom($"198.51.100.{i + 1}");
            using var allowed = await bot.PostFormAsync("/account/sign-in", WrongSignIn(victim));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        // A fresh address, the same account typed differently (case and spaces): the account partition is spent.
        using var another = factory.CreateClientFrom("198.51.100.50");
        using var throttled = await another.PostFormAsync("/account/sign-in", WrongSignIn("  victim.distributed@nowhere.EXAMPLE "));
        await AssertThrottledAsync(throttled);

        // The same fresh address may still try another account: it was the account that was limited.
        using var other = await another.PostFormAsync("/account/sign-in", WrongSignIn("someone-else@nowhere.example"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Forgotten_and_reset_password_and_both_second_factor_pages_count_towards_the_address_limit()
    {
        using var client = factory.CreateClientFrom("203.0.113.7");
        using (var forgot = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = "a1@nowhere.example" }))
        {
            Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        }

        using (var reset = await client.PostFormAsync("/account/reset-password", new() { ["Email"] = "a2@nowhere.example", ["Token"] = "x", ["Password"] = "p", ["ConfirmPassword"] = "p" }, "/account/forgot-password"))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }

        using (var verify = await client.PostFormAsync("/account/mfa/verify", new() { ["Code"] = "123456" }))
        {
            Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
            Assert.Contains(TwoFactorSignInHandler.SignInFirst, (await verify.DocumentAsync()).Text(), StringComparison.Ordinal);
        }

        using (var recovery = await client.PostFormAsync("/account/mfa/recovery", new() { ["Code"] = "abcde-12345" }))
        {
            Assert.Equal(HttpStatusCode.OK, recovery.StatusCode);
        }

        using var throttled = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = "a3@nowhere.example" });
        await AssertThrottledAsync(throttled);
        Assert.Empty(factory.MessagesTo("a3@nowhere.example", AccountEmails.ResetSubject));
    }

    [Fact]
    public async Task Wrong_codes_for_the_person_half_way_through_signing_in_are_limited_whatever_the_address()
    {
        const string email = "officer@vine.example";
        await factory.TurnOnSecondFactorAsync(email);
        using var client = factory.CreateClientFrom("198.51.100.200");
        using (var password = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = DemoSeeder.DemoPassword }))
        {
            Assert.StartsWith("/account/mfa/verify", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        // The same half-signed-in person (Identity's two-factor cookie) from a new address each time.
        for (var i = 0; i < ThrottlingPortalFactory.PerAccount; i++)
        {
            client.DefaultRequestHeaders.Remove(TestClientAddress.Header);
            client.DefaultRequestHeaders.Add(TestClientAddress.Header, $"198.51.100.{201 + i}");
            using var wrong = await client.PostFormAsync(i % 2 == 0 ? "/account/mfa/verify" : "/account/mfa/recovery", new() { ["Code"] = "000000" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        client.DefaultRequestHeaders.Remove(TestClientAddress.Header);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, "198.51.100.250");
        using var throttled = await client.PostFormAsync("/account/mfa/verify", new() { ["Code"] = "000000" });
        await AssertThrottledAsync(throttled);
    }

    [Fact]
    public async Task Pages_and_signed_in_posts_are_not_throttled()
    {
        using var client = factory.CreateClientFrom("203.0.113.99");
        for (var i = 0; i < ThrottlingPortalFactory.PerAddress * 3; i++)
        {
            using var page = await client.GetAsync("/account/sign-in");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }
}
