using System.Net;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>Staff sign in with an authenticator app; volunteers (trustees, local committee members) are not made to.</summary>
public sealed class MfaTests(MfaPortalFactory factory) : IClassFixture<MfaPortalFactory>
{
    private static async Task<string> SetUpAuthenticatorAsync(HttpClient client)
    {
        var setup = await client.GetDocumentAsync("/account/mfa/setup");
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        var fields = (await client.FieldsAsync("/account/mfa/setup", "/account/mfa/setup")).With("Code", Totp.Code(key));
        using var enabled = await client.SubmitAsync("/account/mfa/setup", fields);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, (await enabled.DocumentAsync()).QuerySelectorAll("#recovery-codes li").Length);
        return key;
    }

    [Fact]
    public async Task A_staff_member_must_set_up_an_authenticator_app_and_then_signs_in_with_its_code()
    {
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        using var blocked = await ceo.GetAsync("/dashboard");
        Assert.Equal("/account/mfa/setup", blocked.Headers.Location!.OriginalString);

        var wrong = (await ceo.FieldsAsync("/account/mfa/setup", "/account/mfa/setup")).With("Code", "000000");
        using var refused = await ceo.SubmitAsync("/account/mfa/setup", wrong);
        Assert.Contains("That code is not right", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);

        var key = await SetUpAuthenticatorAsync(ceo);
        Assert.Equal(HttpStatusCode.OK, (await ceo.GetAsync("/dashboard")).StatusCode);

        var next = factory.CreateClient();
        using var password = await next.PostFormAsync("/account/sign-in", new() { ["Email"] = "ceo@vine.example", ["Password"] = DemoSeeder.DemoPassword });
        Assert.StartsWith("/account/mfa/verify", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/dashboard")).StatusCode);

        using var badCode = await next.SubmitAsync("/account/mfa/verify", (await next.FieldsAsync("/account/mfa/verify", "/account/mfa/verify")).With("Code", "123456"));
        Assert.Contains("That code is not right", (await badCode.DocumentAsync()).Text(), StringComparison.Ordinal);
        using var goodCode = await next.SubmitAsync("/account/mfa/verify", (await next.FieldsAsync("/account/mfa/verify", "/account/mfa/verify")).With("Code", Totp.Code(key)));
        Assert.Equal(HttpStatusCode.Redirect, goodCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_when_the_phone_is_lost()
    {
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var setup = await head.GetDocumentAsync("/account/mfa/setup");
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        using var enabled = await head.SubmitAsync("/account/mfa/setup", (await head.FieldsAsync("/account/mfa/setup", "/account/mfa/setup")).With("Code", Totp.Code(key)));
        var recovery = (await enabled.DocumentAsync()).QuerySelector("#recovery-codes li")!.TextContent.Trim();

        async Task<HttpResponseMessage> UseRecoveryAsync()
        {
            var client = factory.CreateClient();
            using var password = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = "headteacher@ddat.example", ["Password"] = DemoSeeder.DemoPassword });
            return await client.SubmitAsync("/account/mfa/recovery", (await client.FieldsAsync("/account/mfa/recovery", "/account/mfa/recovery")).With("Code", recovery));
        }

        using var first = await UseRecoveryAsync();
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var second = await UseRecoveryAsync();
        Assert.Contains("has been used", (await second.DocumentAsync()).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trustee_is_not_made_to_use_an_authenticator_app()
    {
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        Assert.Equal(HttpStatusCode.OK, (await trustee.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task The_trust_administrator_resets_a_lost_authenticator_and_the_person_sets_up_a_new_one()
    {
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        await SetUpAuthenticatorAsync(officer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/dashboard")).StatusCode);
        var id = await factory.WithoutTrustAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users.Where(u => u.Email == "officer@ddat.example").Select(u => u.Id)));

        // The trust administrator is staff too, so sets up their own app first.
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        await SetUpAuthenticatorAsync(admin);
        using var reset = await admin.PostFormAsync($"/users/{id}/reset-authenticator", [], $"/users/{id}");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/dashboard")).StatusCode);
        using var again = await factory.SignedInAsync("officer@ddat.example");
        Assert.Equal("/account/mfa/setup", (await again.GetAsync("/dashboard")).Headers.Location!.OriginalString);
    }
}
