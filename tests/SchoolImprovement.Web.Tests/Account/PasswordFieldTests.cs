using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// Every password field is masked and tells password managers what it holds, and nothing stops
/// pasting (ASVS 5.0 V6.2.6, V6.2.7): sign-in, reset, a real invitation and change password.
/// </summary>
public sealed class PasswordFieldTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> AnonymousPages =>
    [
        "/account/sign-in",
        "/account/reset-password?email=someone%40ddat.example&token=abc",
    ];

    private static void AssertPasswordFields(AngleSharp.Dom.IDocument page, int atLeast)
    {
        var fields = page.QuerySelectorAll("input").Where(i => (i.GetAttribute("name") ?? "").Contains("Password", StringComparison.Ordinal)).ToList();
        Assert.True(fields.Count >= atLeast, $"expected at least {atLeast} password fields, found {fields.Count}");
        foreach (var field in fields)
        {
            Assert.Equal("password", field.GetAttribute("type"));
            Assert.Contains(field.GetAttribute("autocomplete"), new[] { "current-password", "new-password" });
            Assert.Null(field.GetAttribute("onpaste"));
            if (field.GetAttribute("maxlength") is { } max)
            {
                Assert.True(int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) >= 64, "a password field must allow at least 64 characters");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AnonymousPages))]
    public async Task Password_fields_before_sign_in_are_masked_and_named_for_password_managers(string url)
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync(url);

        AssertPasswordFields(page, atLeast: 1);
    }

    [Fact]
    public async Task The_invitation_fields_are_masked_and_named_for_password_managers()
    {
        const string email = "field.check@fieldtrust.example";
        using var platform = await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var created = await platform.PostFormAsync("/platform/trusts/new",
            new() { ["TrustName"] = "Field Check Trust", ["PolicyTemplate"] = PolicyTemplates.Ddat, ["AdministratorName"] = "Field Check", ["AdministratorEmail"] = email });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        var mail = Assert.Single(factory.MessagesTo(email, AccountEmails.InvitationSubject));
        var link = System.Text.RegularExpressions.Regex.Match(mail, @"https://portal\.test\.example(/account/invitation\?\S+)").Groups[1].Value;
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync(link);

        AssertPasswordFields(page, atLeast: 2);
    }

    [Fact]
    public async Task The_change_password_fields_are_masked_and_named_for_password_managers()
    {
        using var client = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);

        var page = await client.GetDocumentAsync("/account/password");

        AssertPasswordFields(page, atLeast: 3);
    }
}
