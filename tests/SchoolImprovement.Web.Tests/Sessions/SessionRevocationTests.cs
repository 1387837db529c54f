using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Sessions;

/// <summary>Server-side sessions end when they should, and a copied cookie stops with them (ASVS V7.4.1, V7.4.2, V7.4.5, V7.5.2).</summary>
public abstract class SessionRevocationTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    private Task<List<UserSession>> SessionsOfAsync(Guid userId) =>
        Portal.WithoutTrustAsync(db => db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync());

    [SkippableFact]
    public async Task A_copied_cookie_works_before_sign_out_and_is_refused_after()
    {
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        var (client, jar) = await Portal.SignedInWithJarAsync(email);
        using var _ = client;
        using var copy = Portal.CopyOf(jar);
        Assert.True(await copy.IsSignedInAsync());
        var session = Assert.Single(await SessionsOfAsync(id));
        Assert.Null(session.EndedAt);

        using var signedOut = await client.PostWithTokenAsync("/account/sign-out", await client.AntiforgeryTokenAsync());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.False(await copy.IsSignedInAsync());
        var ended = Assert.Single(await SessionsOfAsync(id));
        Assert.Equal((session.Id, SessionEndReason.SignedOut), (ended.Id, ended.EndedReason));
        Assert.NotNull(ended.EndedAt);
    }

    [SkippableFact]
    public async Task Ending_another_session_from_the_sessions_page_signs_that_browser_out_and_keeps_this_one()
    {
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var laptop = await Portal.SignedInAsync(email, SessionSupport.Password);
        using var phone = await Portal.SignedInAsync(email, SessionSupport.Password);
        var phoneSession = (await SessionsOfAsync(id)).OrderBy(s => s.Id).Last().Id;

        var page = await laptop.GetDocumentAsync("/account/sessions");
        Assert.Equal(2, page.QuerySelectorAll("#sessions tbody tr").Length);
        Assert.Contains("This session", page.QuerySelector("#sessions")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/account/sessions/{phoneSession}/end']"));
        using var confirm = await laptop.GetAsync($"/account/sessions/{phoneSession}/end");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);

        using var ended = await laptop.PostFormAsync($"/account/sessions/{phoneSession}/end", [], $"/account/sessions/{phoneSession}/end");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.False(await phone.IsSignedInAsync());
        Assert.True(await laptop.IsSignedInAsync());
        var rows = await SessionsOfAsync(id);
        Assert.Equal(SessionEndReason.EndedByOwner, rows.Single(s => s.Id == phoneSession).EndedReason);
        Assert.Null(rows.Single(s => s.Id != phoneSession).EndedAt);
    }

    [SkippableFact]
    public async Task Sign_out_everywhere_else_ends_every_other_session()
    {
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var here = await Portal.SignedInAsync(email, SessionSupport.Password);
        using var other1 = await Portal.SignedInAsync(email, SessionSupport.Password);
        using var other2 = await Portal.SignedInAsync(email, SessionSupport.Password);

        using var ended = await here.PostFormAsync("/account/sessions/end-others", [], "/account/sessions/end-others");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.True(await here.IsSignedInAsync());
        Assert.False(await other1.IsSignedInAsync());
        Assert.False(await other2.IsSignedInAsync());
        Assert.Equal(1, (await SessionsOfAsync(id)).Count(s => s.EndedAt == null));
    }

    [SkippableFact]
    public async Task Someone_elses_session_cannot_be_ended_from_my_sessions_page()
    {
        var (victimId, victim) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        var (_, attacker) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var victimClient = await Portal.SignedInAsync(victim, SessionSupport.Password);
        using var attackerClient = await Portal.SignedInAsync(attacker, SessionSupport.Password);
        var victimSession = Assert.Single(await SessionsOfAsync(victimId)).Id;

        using var refused = await attackerClient.PostWithTokenAsync($"/account/sessions/{victimSession}/end", await attackerClient.AntiforgeryTokenAsync());

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.True(await victimClient.IsSignedInAsync());
        Assert.Null(Assert.Single(await SessionsOfAsync(victimId)).EndedAt);
    }

    [SkippableFact]
    public async Task Deactivation_ends_every_session_of_the_person()
    {
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        using var one = await Portal.SignedInAsync(email, SessionSupport.Password);
        using var two = await Portal.SignedInAsync(email, SessionSupport.Password);
        using var admin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var deactivated = await admin.PostFormAsync($"/users/{id}/deactivate", [], $"/users/{id}/deactivate");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False(await one.IsSignedInAsync());
        Assert.False(await two.IsSignedInAsync());
        Assert.All(await SessionsOfAsync(id), s => Assert.Equal(SessionEndReason.Deactivated, s.EndedReason));
    }

    [SkippableFact]
    public async Task A_password_reset_ends_the_sessions_signed_in_with_the_old_password()
    {
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        var (client, jar) = await Portal.SignedInWithJarAsync(email);
        using var _ = client;
        using var copy = Portal.CopyOf(jar);
        Assert.True(await copy.IsSignedInAsync());
        using var anonymous = Portal.CreateClient();
        using var asked = await anonymous.PostFormAsync("/account/forgot-password", new() { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var link = ResetLink(Assert.Single(Portal.MessagesTo(email, AccountEmails.ResetSubject)));

        using var reset = await anonymous.PostFormAsync("/account/reset-password",
            new() { ["Email"] = email, ["Token"] = link.Token, ["Password"] = "a-brand-new-lantern-passphrase", ["ConfirmPassword"] = "a-brand-new-lantern-passphrase" }, link.Path);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var ended = Assert.Single(await SessionsOfAsync(id));
        Assert.Equal(SessionEndReason.PasswordReset, ended.EndedReason);
        Assert.NotNull(ended.EndedAt);
        Assert.False(await client.IsSignedInAsync());
        Assert.False(await copy.IsSignedInAsync());
    }

    [SkippableFact]
    public async Task The_trust_administrator_sees_and_ends_a_persons_session_but_not_another_trusts()
    {
        var (id, email) = await Portal.NewPersonAsync(Browsing.DdatTrust, TrustRole.Trustee);
        var (vineId, vineEmail) = await Portal.NewPersonAsync(Browsing.VineTrust, TrustRole.Trustee);
        using var person = await Portal.SignedInAsync(email, SessionSupport.Password);
        using var vinePerson = await Portal.SignedInAsync(vineEmail, SessionSupport.Password);
        using var admin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var session = Assert.Single(await SessionsOfAsync(id)).Id;
        var vineSession = Assert.Single(await SessionsOfAsync(vineId)).Id;

        var page = await admin.GetDocumentAsync($"/users/{id}");
        Assert.NotNull(page.QuerySelector($"a[href='/users/{id}/sessions/{session}/end']"));
        using var otherTrust = await admin.PostFormAsync($"/users/{vineId}/sessions/{vineSession}/end", [], $"/users/{id}");
        using var ended = await admin.PostFormAsync($"/users/{id}/sessions/{session}/end", [], $"/users/{id}/sessions/{session}/end");

        Assert.Equal(HttpStatusCode.NotFound, otherTrust.StatusCode);
        Assert.True(await vinePerson.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.False(await person.IsSignedInAsync());
        Assert.Equal(SessionEndReason.EndedByAdministrator, Assert.Single(await SessionsOfAsync(id)).EndedReason);
    }

    internal static (string Path, string Token) ResetLink(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"https://portal\.test\.example(/account/reset-password\?\S+)");
        Assert.True(match.Success, message);
        var path = match.Groups[1].Value;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("https://x" + path).Query);
        return (path, query["token"].ToString());
    }
}

public sealed class SqliteSessionRevocationTests(SqlitePortal fixture) : SessionRevocationTests<SqlitePortal>(fixture);

public sealed class PostgresSessionRevocationTests(PostgresPortal fixture) : SessionRevocationTests<PostgresPortal>(fixture);
