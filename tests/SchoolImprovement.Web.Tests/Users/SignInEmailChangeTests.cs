using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Tests.Sessions;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Users;

/// <summary>
/// An administrator's change to how a person signs in cannot pass unseen or leave sessions open:
/// an email change tells both addresses and ends the sessions; an authenticator reset removes the
/// password and mails a reset link, so the old password alone cannot enrol a new authenticator.
/// </summary>
public sealed class SignInEmailChangeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Changing_the_sign_in_email_tells_both_addresses_and_ends_the_sessions()
    {
        var (id, email) = await factory.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        var newEmail = email.Replace("session.", "renamed.", StringComparison.Ordinal);
        var (client, jar) = await factory.SignedInWithJarAsync(email);
        using var _ = client;
        using var copy = factory.CopyOf(jar);
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var changed = await admin.PostFormAsync($"/users/{id}", [new("DisplayName", "Moved Person"), new("Email", newEmail), new("Roles", TrustRole.Trustee)], $"/users/{id}");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var toOld = Assert.Single(factory.MessagesTo(email, AccountEmails.SignInEmailChangedSubject));
        var toNew = Assert.Single(factory.MessagesTo(newEmail, AccountEmails.SignInEmailChangedSubject));
        Assert.Contains(newEmail, toOld, StringComparison.Ordinal);
        Assert.Contains(email, toNew, StringComparison.Ordinal);
        Assert.False(await client.IsSignedInAsync());
        Assert.False(await copy.IsSignedInAsync());
        Assert.Equal(SessionEndReason.SignInEmailChanged, (await factory.WithoutTrustAsync(db => db.UserSessions.SingleAsync(s => s.UserId == id))).EndedReason);
        using var signedInAgain = await factory.SignedInAsync(newEmail, SessionSupport.Password);
        Assert.True(await signedInAgain.IsSignedInAsync());
    }

    [Fact]
    public async Task A_name_change_alone_sends_no_email_and_ends_no_session()
    {
        var (id, email) = await factory.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var client = await factory.SignedInAsync(email, SessionSupport.Password);
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var changed = await admin.PostFormAsync($"/users/{id}", [new("DisplayName", "Renamed Person"), new("Email", email), new("Roles", TrustRole.Trustee)], $"/users/{id}");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Empty(factory.MessagesTo(email, AccountEmails.SignInEmailChangedSubject));
        Assert.True(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task An_authenticator_reset_mails_a_reset_link_and_the_old_password_no_longer_signs_in()
    {
        var (id, email) = await factory.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var client = await factory.SignedInAsync(email, SessionSupport.Password);
        await factory.WithoutTrustAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == id);
            user.TwoFactorEnabled = true;
            return await db.SaveChangesAsync();
        });
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var reset = await admin.PostFormAsync($"/users/{id}/reset-authenticator", [], $"/users/{id}");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False(await client.IsSignedInAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignedInAsync(email, SessionSupport.Password));
        Assert.Null(await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync()));
        Assert.Equal(SessionEndReason.AuthenticatorReset, (await factory.WithoutTrustAsync(db => db.UserSessions.SingleAsync(s => s.UserId == id))).EndedReason);

        var link = SqliteSessionRevocationTests.ResetLink(Assert.Single(factory.MessagesTo(email, AccountEmails.AuthenticatorResetSubject)));
        using var anonymous = factory.CreateClient();
        using var chosen = await anonymous.PostFormAsync("/account/reset-password",
            new() { ["Email"] = email, ["Token"] = link.Token, ["Password"] = "the-owner-chose-this-one", ["ConfirmPassword"] = "the-owner-chose-this-one" }, link.Path);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        using var owner = await factory.SignedInAsync(email, "the-owner-chose-this-one");
        Assert.True(await owner.IsSignedInAsync());
    }
}
