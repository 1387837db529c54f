using System.Net;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Account;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string> HomePages => new()
    {
        { TrustRole.Ceo, "/dashboard" },
        { TrustRole.DeputyCeo, "/dashboard" },
        { TrustRole.DirectorOfLearning, "/dashboard" },
        { TrustRole.SchoolImprovementOfficer, "/dashboard" },
        { TrustRole.SpecialistLeader, "/schools" },
        { TrustRole.Headteacher, "/schools/" },
        { TrustRole.LocalCommitteeMember, "/schools" },
        { TrustRole.Trustee, "/dashboard" },
        { TrustRole.GovernanceProfessional, "/schools" },
        { TrustRole.TrustAdministrator, "/users" },
    };

    [Theory]
    [MemberData(nameof(HomePages))]
    public async Task Each_demo_role_signs_in_and_lands_on_its_home_page(string role, string home)
    {
        using var client = await factory.SignedInAsAsync(role, Browsing.Vine);
        using var landing = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.StartsWith(home, landing.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var page = await client.GetAsync(landing.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_platform_administrator_lands_on_the_trust_list_and_sees_no_school_data()
    {
        using var client = await factory.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var landing = await client.GetAsync("/");
        Assert.Equal("/platform/trusts", landing.Headers.Location!.OriginalString);
        using var schools = await client.GetAsync("/schools");
        Assert.Equal(HttpStatusCode.Forbidden, schools.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var client = factory.CreateClient();
        using var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = "ceo@vine.example", ["Password"] = "not the password" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("email address or password is not right", (await response.DocumentAsync()).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_this_address_out_with_the_same_answer_as_a_wrong_password()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = "governance@ddat.example", ["Password"] = "wrong password " + i });
        }

        using var locked = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = "governance@ddat.example", ["Password"] = DemoSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(SignInHandler.WrongCredentials, (await locked.DocumentAsync()).QuerySelector(".alert li")!.TextContent.Trim());
        Assert.DoesNotContain("locked", (await locked.DocumentAsync()).Text(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forgotten_password_emails_a_link_that_sets_a_new_password_of_at_least_twelve_characters()
    {
        var client = factory.CreateClient();
        using var sent = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = "trustee@ddat.example" });
        Assert.Contains("Check your email", (await sent.DocumentAsync()).Text(), StringComparison.Ordinal);
        var mail = Assert.Single(factory.MessagesTo("trustee@ddat.example", AccountEmails.ResetSubject));
        var link = System.Text.RegularExpressions.Regex.Match(mail, @"https?://\S+reset-password\S+").Value;
        var resetPage = new Uri(link).PathAndQuery;

        var fields = await client.FieldsAsync(resetPage, "/account/reset-password");
        using var tooShort = await client.SubmitAsync("/account/reset-password", fields.With("Password", "short pass").With("ConfirmPassword", "short pass"));
        Assert.Contains("at least 12 characters", (await tooShort.DocumentAsync()).Text(), StringComparison.Ordinal);

        var longPassphrase = new string('x', 30) + " correct horse battery staple " + new string('y', 30);
        using var reset = await client.SubmitAsync("/account/reset-password", fields.With("Password", longPassphrase).With("ConfirmPassword", longPassphrase));
        Assert.True(reset.StatusCode == HttpStatusCode.Redirect, (await reset.DocumentAsync()).QuerySelector(".alert")?.TextContent);
        using var signedIn = await factory.SignedInAsync("trustee@ddat.example", longPassphrase);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_email()
    {
        var client = factory.CreateClient();
        using var sent = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = "nobody@nowhere.example" });
        Assert.Contains("Check your email", (await sent.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Empty(factory.MessagesTo("nobody@nowhere.example", AccountEmails.ResetSubject));
    }

    [Fact]
    public async Task A_reset_link_uses_the_configured_address_never_the_requests_host()
    {
        var client = factory.CreateClient();
        var token = await Browsing.AntiforgeryTokenAsync(client, "/account/forgot-password");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
        {
            Content = new FormUrlEncodedContent([new("Email", "deputy.ceo@vine.example"), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Host = "evil.example";

        using var sent = await client.SendAsync(request);

        var mail = Assert.Single(factory.MessagesTo("deputy.ceo@vine.example", AccountEmails.ResetSubject));
        Assert.Contains(PortalFactory.PublicBaseUrl + "/account/reset-password", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", mail, StringComparison.Ordinal);
    }
}
