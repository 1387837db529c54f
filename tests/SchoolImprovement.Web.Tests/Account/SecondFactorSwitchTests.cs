using System.Net;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

/// <summary>
/// In Development (the README's run command) MFA is switched off by configuration so the demo
/// accounts sign in with a password alone, and the sign-in page says so plainly.
/// </summary>
public sealed class SecondFactorSwitchTests(DevelopmentPortalFactory factory) : IClassFixture<DevelopmentPortalFactory>
{
    [Fact]
    public async Task The_Development_sign_in_page_says_MFA_is_switched_off_and_a_trustee_signs_in_with_a_password_alone()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/account/sign-in");

        Assert.Equal(MfaRules.SwitchedOffNotice, page.QuerySelector("#mfa-switched-off")?.TextContent.Trim());
        Assert.Contains("production requires an authenticator app", page.Text(), StringComparison.Ordinal);
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        Assert.Equal(HttpStatusCode.OK, (await trustee.GetAsync("/dashboard")).StatusCode);
    }
}
