using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// Emailed links have lifetimes of their own on the portal's clock (configured: a reset link one
/// hour, an invitation three days), work once, and cannot stand in for each other. An expired
/// invitation says so and offers a new link. The clock is pinned (<see cref="PortalFactory.Clock"/>).
/// </summary>
public sealed partial class TokenLifetimeTests(PortalFactory factory) : IClassFixture<PortalFactory>, IDisposable
{
    private const string NewPassword = "lantern orchard copper meadow";

    public void Dispose() => factory.Clock.Release();

    private void PinNow() => factory.Clock.Pin(DateTimeOffset.UtcNow);

    private Task<string?> HashAsync(string email) =>
        factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());

    private async Task<string> ResetPageAsync(HttpClient client, string email)
    {
        var earlier = factory.MessagesTo(email, AccountEmails.ResetSubject);
        using (var sent = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = email }))
        {
            Assert.Contains("1 hour", (await sent.DocumentAsync()).Text(), StringComparison.Ordinal);
        }

        var mail = Assert.Single(factory.MessagesTo(email, AccountEmails.ResetSubject).Except(earlier));
        Assert.Contains("within 1 hour", mail, StringComparison.Ordinal);
        return new Uri(ResetLink().Match(mail).Value).PathAndQuery;
    }

    /// <summary>Creates a trust whose administrator is invited; the invitation page's path and query.</summary>
    private async Task<string> InvitedAdministratorAsync(string trust, string email)
    {
        using var platform = await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var created = await platform.PostFormAsync("/platform/trusts/new",
            new() { ["TrustName"] = trust, ["PolicyTemplate"] = PolicyTemplates.Ddat, ["AdministratorName"] = "Morgan Example", ["AdministratorEmail"] = email });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var mail = Assert.Single(factory.MessagesTo(email, AccountEmails.InvitationSubject));
        Assert.Contains("within 3 days", mail, StringComparison.Ordinal);
        return new Uri(InvitationLink().Match(mail).Value).PathAndQuery;
    }

    private static Dictionary<string, string> Choose(string invitationPage, string password)
    {
        var query = QueryHelpers.ParseQuery(new Uri("https://x" + invitationPage).Query);
        return new() { ["Email"] = query["email"]!, ["Token"] = query["token"]!, ["Password"] = password, ["ConfirmPassword"] = password };
    }

    [Fact]
    public async Task A_reset_link_is_refused_after_61_minutes_and_accepted_at_59()
    {
        const string email = "trustee@vine.example";
        PinNow();
        var client = factory.CreateClient();
        var before = await HashAsync(email);
        var stale = await client.FieldsAsync(await ResetPageAsync(client, email), "/account/reset-password");

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        using var expired = await client.SubmitAsync("/account/reset-password", stale.With("Password", NewPassword).With("ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Contains(PasswordResetHandler.ExpiredLink, (await expired.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await HashAsync(email));

        var fresh = await client.FieldsAsync(await ResetPageAsync(client, email), "/account/reset-password");
        factory.Clock.Advance(TimeSpan.FromMinutes(59));
        using var reset = await client.SubmitAsync("/account/reset-password", fresh.With("Password", NewPassword).With("ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.NotEqual(before, await HashAsync(email));

        // Used once: the same link again is refused.
        using var again = await client.SubmitAsync("/account/reset-password", fresh.With("Password", "another long passphrase here").With("ConfirmPassword", "another long passphrase here"));
        Assert.Contains(PasswordResetHandler.ExpiredLink, (await again.DocumentAsync()).Text(), StringComparison.Ordinal);
        using var signedIn = await factory.SignedInAsync(email, NewPassword);
    }

    [Fact]
    public async Task An_invitation_works_at_2_days_23_hours_once_and_the_password_is_checked()
    {
        const string email = "morgan@harbour.example";
        PinNow();
        var page = await InvitedAdministratorAsync("Harbour Learning Trust", email);
        Assert.Null(await HashAsync(email));

        factory.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(23));
        var client = factory.CreateClient();
        Assert.NotNull((await client.GetDocumentAsync(page)).QuerySelector("form[action='/account/invitation'] input[name=Password]"));

        using var common = await client.PostFormAsync("/account/invitation", Choose(page, "password1234"), page);
        Assert.Equal(HttpStatusCode.OK, common.StatusCode);
        Assert.Contains(Security.PortalPasswordValidator.Common, (await common.DocumentAsync()).Text(), StringComparison.Ordinal);
        using var trustWord = await client.PostFormAsync("/account/invitation", Choose(page, "the harbour lights at dawn"), page);
        Assert.Contains(Security.PortalPasswordValidator.TrustName, (await trustWord.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("the harbour lights at dawn", await trustWord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await HashAsync(email));

        using var accepted = await client.PostFormAsync("/account/invitation", Choose(page, NewPassword), page);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.NotNull(await HashAsync(email));
        using var signedIn = await factory.SignedInAsync(email, NewPassword);

        // The link works once.
        using var again = await client.PostFormAsync("/account/invitation", Choose(page, "a different long passphrase"), "/account/forgot-password");
        Assert.Contains(AcceptInvitationHandler.Expired, (await again.DocumentAsync()).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_is_refused_at_3_days_1_hour_with_a_way_to_ask_for_a_new_link()
    {
        const string email = "morgan@estuary.example";
        PinNow();
        var page = await InvitedAdministratorAsync("Estuary Schools Partnership", email);

        factory.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        var client = factory.CreateClient();
        var expiredPage = await client.GetDocumentAsync(page);
        Assert.Null(expiredPage.QuerySelector("input[name=Password]"));
        Assert.Contains("expired", expiredPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        using var refused = await client.PostFormAsync("/account/invitation", Choose(page, NewPassword), "/account/forgot-password");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(AcceptInvitationHandler.Expired, (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Null(await HashAsync(email));

        // "Send me a new link": a reset link to the same address, where they choose their password.
        var ask = expiredPage.FieldsOf("/account/forgot-password");
        Assert.Contains(new KeyValuePair<string, string>("Email", email), ask);
        using var asked = await client.SubmitAsync("/account/forgot-password", ask);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var link = new Uri(ResetLink().Match(Assert.Single(factory.MessagesTo(email, AccountEmails.ResetSubject))).Value).PathAndQuery;
        var fields = await client.FieldsAsync(link, "/account/reset-password");
        using var chosen = await client.SubmitAsync("/account/reset-password", fields.With("Password", NewPassword).With("ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        using var signedIn = await factory.SignedInAsync(email, NewPassword);
    }

    [Fact]
    public async Task An_invitation_token_does_not_work_as_a_reset_token()
    {
        const string email = "morgan@fells.example";
        PinNow();
        var page = await InvitedAdministratorAsync("Fells Academies", email);
        var choose = Choose(page, NewPassword);

        var client = factory.CreateClient();
        using var asReset = await client.PostFormAsync("/account/reset-password", choose, "/account/forgot-password");

        Assert.Contains(PasswordResetHandler.ExpiredLink, (await asReset.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Null(await HashAsync(email));
    }

    [GeneratedRegex(@"https?://\S+reset-password\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"https?://\S+/account/invitation\S+")]
    private static partial Regex InvitationLink();
}
