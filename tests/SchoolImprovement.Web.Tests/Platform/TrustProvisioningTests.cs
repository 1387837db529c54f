using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Platform;

/// <summary>
/// A platform administrator creates a trust and its first administrator, who has no password until
/// they choose their own from the emailed invitation link: the platform administrator never knows it.
/// </summary>
public sealed partial class TrustProvisioningTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Chosen = "lantern orchard copper meadow";

    private static Dictionary<string, string> NewTrust(string name, string email) => new()
    {
        ["TrustName"] = name, ["PolicyTemplate"] = PolicyTemplates.Ddat, ["AdministratorName"] = "Ada Admin", ["AdministratorEmail"] = email,
    };

    [Fact]
    public async Task The_new_trust_form_asks_for_no_password()
    {
        using var platform = await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        var form = await platform.GetDocumentAsync("/platform/trusts/new");
        Assert.Empty(form.QuerySelectorAll("input[type=password]"));
        Assert.Contains("choose their own password", form.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_trust_administrator_has_no_password_until_they_accept_the_invitation_emailed_to_them()
    {
        using var platform = await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var created = await platform.PostFormAsync("/platform/trusts/new", NewTrust("Peak Learning Trust", "ada@peak.example"), "/platform/trusts/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Peak Learning Trust", (await platform.GetDocumentAsync("/platform/trusts")).Text(), StringComparison.Ordinal);

        var admin = await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Email == "ada@peak.example").Select(u => new { u.Id, u.PasswordHash, u.TrustId }).SingleAsync());
        Assert.Null(admin.PasswordHash);
        Assert.True(await factory.WithoutTrustAsync(db => db.UserRoles.AnyAsync(r => r.UserId == admin.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == TrustRole.TrustAdministrator))));

        // The invitation goes to the administrator, and only to them.
        var mail = Assert.Single(factory.MessagesTo("ada@peak.example", AccountEmails.InvitationSubject));
        Assert.Empty(factory.MessagesTo(DemoSeeder.PlatformAdministratorEmail, AccountEmails.InvitationSubject));
        var page = new Uri(InvitationLink().Match(mail).Value).PathAndQuery;

        // Before accepting, no password signs them in.
        var anonymous = factory.CreateClient();
        using (var refused = await anonymous.PostFormAsync("/account/sign-in", new() { ["Email"] = "ada@peak.example", ["Password"] = Chosen }))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        var fields = await anonymous.FieldsAsync(page, "/account/invitation");
        using (var tooWeak = await anonymous.SubmitAsync("/account/invitation", fields.With("Password", "password1234").With("ConfirmPassword", "password1234")))
        {
            Assert.Contains(PortalPasswordValidator.Common, (await tooWeak.DocumentAsync()).Text(), StringComparison.Ordinal);
        }

        using (var trustWord = await anonymous.SubmitAsync("/account/invitation", fields.With("Password", "peaks and valleys forever").With("ConfirmPassword", "peaks and valleys forever")))
        {
            Assert.Contains(PortalPasswordValidator.TrustName, (await trustWord.DocumentAsync()).Text(), StringComparison.Ordinal);
        }

        Assert.Null(await factory.WithoutTrustAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.PasswordHash).SingleAsync()));
        using (var accepted = await anonymous.SubmitAsync("/account/invitation", fields.With("Password", Chosen).With("ConfirmPassword", Chosen)))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var signedIn = await factory.SignedInAsync("ada@peak.example", Chosen);
        Assert.Equal("/users", (await signedIn.GetAsync("/")).Headers.Location!.OriginalString);
        Assert.Contains("Raising Achievement Board (RAB)", (await signedIn.GetDocumentAsync("/policy")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("St Alkmund", (await signedIn.GetDocumentAsync("/schools")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_email_already_in_use_creates_nothing_and_sends_no_invitation()
    {
        using var platform = await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var refused = await platform.PostFormAsync("/platform/trusts/new", NewTrust("Taken Email Trust", "ceo@ddat.example"), "/platform/trusts/new");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(await factory.WithoutTrustAsync(db => db.Trusts.AnyAsync(t => t.Name == "Taken Email Trust")));
        Assert.Empty(factory.MessagesTo("ceo@ddat.example", AccountEmails.InvitationSubject));
    }

    [GeneratedRegex(@"https?://\S+/account/invitation\S+")]
    private static partial Regex InvitationLink();
}
