using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// Everyone signs in with an authenticator app, trustees and local committee members included
/// (unless their trust exempts their roles: <see cref="MfaExemptionTests{TPortal}"/>). Once an app
/// is on, a session alone cannot see its key or replace it or the recovery codes: that needs the
/// password and a current code, and the person is emailed. Codes are accepted once, so the clock is
/// pinned and each code is taken from a new 30-second step (<see cref="Code"/>).
/// </summary>
public sealed class MfaTests : IClassFixture<MfaPortalFactory>, IDisposable
{
    private readonly MfaPortalFactory factory;

    public MfaTests(MfaPortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.Pin(DateTimeOffset.UtcNow);
    }

    public void Dispose() => factory.Clock.Release();

    /// <summary>The code the app shows at the next 30-second step (the clock moves on to it).</summary>
    private string Code(string key)
    {
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        return Totp.Code(key, factory.Clock.GetUtcNow());
    }

    private sealed record Enrolment(string Key, IReadOnlyList<string> RecoveryCodes, List<KeyValuePair<string, string>> SetupFields);

    /// <summary>The fields a form on an already-fetched page submits (so the key read and the form sent are the same page's).</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(IDocument page, string action) =>
        [.. page.QuerySelectorAll<IHtmlFormElement>("form").First(f => f.GetAttribute("action") == action)
            .Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)).Select(i => new KeyValuePair<string, string>(i.Name!, i.Value ?? ""))];

    private static string KeyOn(IDocument page) => page.QuerySelector("#shared-key")!.TextContent;

    private static IReadOnlyList<string> CodesOn(IDocument page) => [.. page.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim())];

    private async Task<Enrolment> EnrolAsync(HttpClient client)
    {
        var setup = await client.GetDocumentAsync("/account/mfa/setup");
        var key = KeyOn(setup);
        var fields = FieldsOf(setup, "/account/mfa/setup");
        using var enabled = await client.SubmitAsync("/account/mfa/setup", new List<KeyValuePair<string, string>>(fields).With("Password", DemoSeeder.DemoPassword).With("Code", Code(key)));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = CodesOn(await enabled.DocumentAsync());
        Assert.Equal(10, codes.Count);
        return new Enrolment(key, codes, fields);
    }

    private static string Email(string role) => DemoSeeder.DemoEmail(role, Browsing.Vine);

    private async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(string email, string code)
    {
        var client = factory.CreateClient();
        using var password = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = DemoSeeder.DemoPassword });
        Assert.StartsWith("/account/mfa/verify", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await client.SubmitAsync("/account/mfa/recovery", (await client.FieldsAsync("/account/mfa/recovery", "/account/mfa/recovery")).With("Code", code));
    }

    private async Task<HttpResponseMessage> SignInWithAppAsync(string email, string key)
    {
        var client = factory.CreateClient();
        using var password = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = DemoSeeder.DemoPassword });
        return await client.SubmitAsync("/account/mfa/verify", (await client.FieldsAsync("/account/mfa/verify", "/account/mfa/verify")).With("Code", Code(key)));
    }

    [Fact]
    public async Task A_staff_member_must_set_up_an_authenticator_app_and_then_signs_in_with_its_code()
    {
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        using var blocked = await ceo.GetAsync("/dashboard");
        Assert.Equal("/account/mfa/setup", blocked.Headers.Location!.OriginalString);

        var setup = await ceo.GetDocumentAsync("/account/mfa/setup");
        using var refused = await ceo.SubmitAsync("/account/mfa/setup", FieldsOf(setup, "/account/mfa/setup").With("Password", DemoSeeder.DemoPassword).With("Code", "000000"));
        var refusedPage = await refused.DocumentAsync();
        Assert.Contains("That code is not right", refusedPage.Text(), StringComparison.Ordinal);
        Assert.Equal(KeyOn(setup), KeyOn(refusedPage));

        var enrolment = await EnrolAsync(ceo);
        Assert.Equal(HttpStatusCode.OK, (await ceo.GetAsync("/dashboard")).StatusCode);
        Assert.Single(factory.MessagesTo(Email(TrustRole.Ceo), AccountEmails.SecondFactorSubject));

        var next = factory.CreateClient();
        using var password = await next.PostFormAsync("/account/sign-in", new() { ["Email"] = Email(TrustRole.Ceo), ["Password"] = DemoSeeder.DemoPassword });
        Assert.StartsWith("/account/mfa/verify", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/dashboard")).StatusCode);

        using var badCode = await next.SubmitAsync("/account/mfa/verify", (await next.FieldsAsync("/account/mfa/verify", "/account/mfa/verify")).With("Code", "123456"));
        Assert.Contains("That code is not right", (await badCode.DocumentAsync()).Text(), StringComparison.Ordinal);
        using var goodCode = await next.SubmitAsync("/account/mfa/verify", (await next.FieldsAsync("/account/mfa/verify", "/account/mfa/verify")).With("Code", Code(enrolment.Key)));
        Assert.Equal(HttpStatusCode.Redirect, goodCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_when_the_phone_is_lost()
    {
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var recovery = (await EnrolAsync(head)).RecoveryCodes[0];

        using var first = await SignInWithRecoveryCodeAsync("headteacher@ddat.example", recovery);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var second = await SignInWithRecoveryCodeAsync("headteacher@ddat.example", recovery);
        Assert.Contains("has been used", (await second.DocumentAsync()).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trustees_and_local_committee_members_must_set_up_an_authenticator_app_too()
    {
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        using var member = await factory.SignedInAsAsync(TrustRole.LocalCommitteeMember, Browsing.Ddat);
        Assert.Equal("/account/mfa/setup", (await trustee.GetAsync("/dashboard")).Headers.Location!.OriginalString);
        Assert.Equal("/account/mfa/setup", (await member.GetAsync("/schools")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_page_outside_Development_says_nothing_about_MFA_being_off()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/account/sign-in");
        Assert.Null(page.QuerySelector("#mfa-switched-off"));
        Assert.DoesNotContain("MFA is switched off", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trust_administrator_resets_a_lost_authenticator_the_person_is_emailed_and_sets_up_a_new_one()
    {
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        await EnrolAsync(officer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/dashboard")).StatusCode);
        var id = await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == "officer@ddat.example").Select(u => u.Id).SingleAsync());

        // The trust administrator is staff too, so sets up their own app first.
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        await EnrolAsync(admin);
        using var reset = await admin.PostFormAsync($"/users/{id}/reset-authenticator", [], $"/users/{id}");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False(await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        // The reset also removes the password (issue 7 item 6): the person chooses a new one by the emailed link.
        var link = Sessions.SqliteSessionRevocationTests.ResetLink(Assert.Single(factory.MessagesTo("officer@ddat.example", AccountEmails.AuthenticatorResetSubject)));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/dashboard")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignedInAsync("officer@ddat.example"));
        using var anonymous = factory.CreateClient();
        using var chosen = await anonymous.PostFormAsync("/account/reset-password",
            new() { ["Email"] = "officer@ddat.example", ["Token"] = link.Token, ["Password"] = "a-new-lantern-orchard-passphrase", ["ConfirmPassword"] = "a-new-lantern-orchard-passphrase" }, link.Path);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        using var again = await factory.SignedInAsync("officer@ddat.example", "a-new-lantern-orchard-passphrase");
        Assert.Equal("/account/mfa/setup", (await again.GetAsync("/dashboard")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Once_the_app_is_on_setup_sends_the_person_to_their_sign_in_security_and_never_shows_the_key_again()
    {
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Vine);
        var enrolment = await EnrolAsync(head);

        using var setup = await head.GetAsync("/account/mfa/setup");

        Assert.Equal(HttpStatusCode.Redirect, setup.StatusCode);
        Assert.Equal("/account/security", setup.Headers.Location!.OriginalString);
        Assert.DoesNotContain(enrolment.Key, await setup.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var security = await head.GetDocumentAsync("/account/security");
        Assert.Equal("10", security.QuerySelector("#recovery-codes-left")!.TextContent);
        Assert.Null(security.QuerySelector("#shared-key"));
        Assert.DoesNotContain(enrolment.Key, security.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(enrolment.Key.Replace(" ", "", StringComparison.Ordinal), security.Source.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Setting_up_a_first_app_needs_the_password_so_a_session_alone_cannot_put_its_own_app_on_the_account()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.Trustee, Browsing.Vine);
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Vine);
        var setup = await trustee.GetDocumentAsync("/account/mfa/setup");
        var code = Code(KeyOn(setup));

        using var withoutPassword = await trustee.SubmitAsync("/account/mfa/setup", FieldsOf(setup, "/account/mfa/setup").With("Code", code));
        using var wrongPassword = await trustee.SubmitAsync("/account/mfa/setup", FieldsOf(setup, "/account/mfa/setup").With("Password", "someone else's guess").With("Code", code));

        foreach (var refused in new[] { withoutPassword, wrongPassword })
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await refused.DocumentAsync();
            Assert.Contains("That password is not right.", page.Text(), StringComparison.Ordinal);
            Assert.Empty(CodesOn(page));
        }

        Assert.False(await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Empty(factory.MessagesTo(email, AccountEmails.SecondFactorSubject));
    }

    [Fact]
    public async Task Posting_a_code_to_setup_once_the_app_is_on_issues_no_new_codes_and_the_old_ones_still_work()
    {
        var email = Email(TrustRole.SchoolImprovementOfficer);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        var enrolment = await EnrolAsync(officer);

        // What a stolen session would try: the setup form again, with a good code from the app.
        using var again = await officer.SubmitAsync("/account/mfa/setup", new List<KeyValuePair<string, string>>(enrolment.SetupFields).With("Password", DemoSeeder.DemoPassword).With("Code", Code(enrolment.Key)));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/account/security", again.Headers.Location!.OriginalString);
        Assert.Empty(CodesOn(await again.DocumentAsync()));
        Assert.Single(factory.MessagesTo(email, AccountEmails.SecondFactorSubject));
        using var recovery = await SignInWithRecoveryCodeAsync(email, enrolment.RecoveryCodes[0]);
        Assert.Equal(HttpStatusCode.Redirect, recovery.StatusCode);
    }

    [Fact]
    public async Task New_recovery_codes_are_refused_with_a_wrong_password_and_the_old_ones_still_work()
    {
        var email = Email(TrustRole.DirectorOfLearning);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var enrolment = await EnrolAsync(director);
        var fields = (await director.FieldsAsync("/account/security/recovery-codes", "/account/security/recovery-codes"))
            .With("Password", "not my password at all").With("Code", Code(enrolment.Key));

        using var refused = await director.SubmitAsync("/account/security/recovery-codes", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("That password is not right.", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(CodesOn(page));
        Assert.Single(factory.MessagesTo(email, AccountEmails.SecondFactorSubject));
        using var recovery = await SignInWithRecoveryCodeAsync(email, enrolment.RecoveryCodes[0]);
        Assert.Equal(HttpStatusCode.Redirect, recovery.StatusCode);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_and_a_current_code_and_the_person_is_emailed()
    {
        var email = Email(TrustRole.DeputyCeo);
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Vine);
        var enrolment = await EnrolAsync(deputy);
        var form = await deputy.FieldsAsync("/account/security/recovery-codes", "/account/security/recovery-codes");

        using var wrongCode = await deputy.SubmitAsync("/account/security/recovery-codes", new List<KeyValuePair<string, string>>(form).With("Password", DemoSeeder.DemoPassword).With("Code", "000000"));
        Assert.Contains("That code is not right", (await wrongCode.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);

        using var issued = await deputy.SubmitAsync("/account/security/recovery-codes", new List<KeyValuePair<string, string>>(form).With("Password", DemoSeeder.DemoPassword).With("Code", Code(enrolment.Key)));

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var codes = CodesOn(await issued.DocumentAsync());
        Assert.Equal(10, codes.Count);
        Assert.Empty(codes.Intersect(enrolment.RecoveryCodes));
        Assert.Contains(factory.MessagesTo(email, AccountEmails.SecondFactorSubject), m => m.Contains("New recovery codes were made", StringComparison.Ordinal));
        using var old = await SignInWithRecoveryCodeAsync(email, enrolment.RecoveryCodes[0]);
        Assert.Contains("has been used", (await old.DocumentAsync()).Text(), StringComparison.Ordinal);
        using var fresh = await SignInWithRecoveryCodeAsync(email, codes[0]);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task A_new_app_is_shown_its_key_only_after_the_password_and_a_current_code_and_then_the_old_app_stops_working()
    {
        var email = Email(TrustRole.SpecialistLeader);
        using var sle = await factory.SignedInAsAsync(TrustRole.SpecialistLeader, Browsing.Vine);
        var old = await EnrolAsync(sle);
        var start = await sle.GetDocumentAsync("/account/security/authenticator");
        Assert.Null(start.QuerySelector("#shared-key"));

        using var wrongPassword = await sle.SubmitAsync("/account/security/authenticator", FieldsOf(start, "/account/security/authenticator").With("Password", "not my password at all").With("Code", Code(old.Key)));
        Assert.Null((await wrongPassword.DocumentAsync()).QuerySelector("#shared-key"));

        using var checkedOk = await sle.SubmitAsync("/account/security/authenticator", FieldsOf(start, "/account/security/authenticator").With("Password", DemoSeeder.DemoPassword).With("Code", Code(old.Key)));
        var newKeyPage = await checkedOk.DocumentAsync();
        var newKey = KeyOn(newKeyPage);
        Assert.NotEqual(old.Key, newKey);

        using var oldAppCode = await sle.SubmitAsync("/account/security/authenticator/new", FieldsOf(newKeyPage, "/account/security/authenticator/new").With("Code", Code(old.Key)));
        var oldAppPage = await oldAppCode.DocumentAsync();
        Assert.Contains("NEW authenticator app", oldAppPage.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(newKey, KeyOn(oldAppPage));

        using var replaced = await sle.SubmitAsync("/account/security/authenticator/new", FieldsOf(newKeyPage, "/account/security/authenticator/new").With("Code", Code(newKey)));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(10, CodesOn(await replaced.DocumentAsync()).Count);
        Assert.Equal(HttpStatusCode.OK, (await sle.GetAsync("/schools")).StatusCode);
        Assert.Contains(factory.MessagesTo(email, AccountEmails.SecondFactorSubject), m => m.Contains("was replaced by a new one", StringComparison.Ordinal));

        using var withOldApp = await SignInWithAppAsync(email, old.Key);
        Assert.Equal(HttpStatusCode.OK, withOldApp.StatusCode);
        using var withNewApp = await SignInWithAppAsync(email, newKey);
        Assert.Equal(HttpStatusCode.Redirect, withNewApp.StatusCode);
    }
}
