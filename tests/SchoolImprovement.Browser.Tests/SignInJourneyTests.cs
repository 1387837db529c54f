using Microsoft.Playwright;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// Each demo role signs in through the real page and lands on its home page; every page visited
/// is scanned by axe-core for WCAG 2.2 AA violations.
/// </summary>
public sealed class SignInJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    public static TheoryData<string, string, string> Roles => new()
    {
        { DemoSeeder.DemoEmail(TrustRole.Ceo, "ddat.example"), "/dashboard", "Trust dashboard" },
        { DemoSeeder.DemoEmail(TrustRole.DeputyCeo, "ddat.example"), "/dashboard", "Trust dashboard" },
        { DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, "vine.example"), "/dashboard", "Trust dashboard" },
        { DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, "vine.example"), "/dashboard", "Trust dashboard" },
        { DemoSeeder.DemoEmail(TrustRole.SpecialistLeader, "ddat.example"), "/schools", "Schools" },
        { DemoSeeder.DemoEmail(TrustRole.Headteacher, "ddat.example"), "/schools/", "St Alkmund's CE Primary Academy" },
        { DemoSeeder.DemoEmail(TrustRole.LocalCommitteeMember, "vine.example"), "/schools", "Schools" },
        { DemoSeeder.DemoEmail(TrustRole.Trustee, "ddat.example"), "/committee", "Education and Standards Committee" },
        { DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, "vine.example"), "/schools", "Schools" },
        { DemoSeeder.DemoEmail(TrustRole.TrustAdministrator, "vine.example"), "/users", "Users" },
        { DemoSeeder.PlatformAdministratorEmail, "/platform/trusts", "Trusts" },
    };

    [SkippableTheory]
    [MemberData(nameof(Roles))]
    public async Task Each_demo_role_signs_in_and_lands_on_its_home_page(string email, string home, string heading)
    {
        var page = await session.NewPageAsync();
        var signInPage = await page.GotoAsync("/");
        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
        Assert.Equal(200, signInPage?.Status);
        await BrowserSession.AssertAccessibleAsync(page);

        await BrowserSession.SignInAsync(page, email);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(home, StringComparison.Ordinal));

        Assert.Equal(heading, (await page.Locator("h1").First.InnerTextAsync()).Trim());
        await BrowserSession.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_trust_administrator_pages_are_accessible()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.DemoEmail(TrustRole.TrustAdministrator, "ddat.example"));
        Assert.EndsWith("/users", page.Url, StringComparison.Ordinal);

        foreach (var path in new[] { "/users/new", "/policy", "/policy/edit", "/audit", "/schools", "/account/mfa/setup", "/account/mfa/verify", "/account/mfa/recovery", "/account/forgot-password" })
        {
            await BrowserSession.AssertPageAccessibleAsync(page, path);
        }

        // The not-found page is a page too: scanned, with its own status.
        await BrowserSession.AssertPageAccessibleAsync(page, "/no-such-page", 404);

        await page.GotoAsync("/users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Demo Headteacher" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/users/", StringComparison.Ordinal));
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_director_of_learnings_pages_are_accessible()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, "ddat.example"));
        Assert.EndsWith("/dashboard", page.Url, StringComparison.Ordinal);
        await page.GotoAsync("/schools");
        await page.GetByRole(AriaRole.Link, new() { Name = "St Alkmund's CE Primary Academy" }).ClickAsync();
        var school = new Uri(page.Url).AbsolutePath;

        foreach (var path in new[]
        {
            "/actions", "/actions/mine", "/schools/new", "/schools/import", school, $"{school}/edit", $"{school}/close",
            $"{school}/inspections", $"{school}/inspections/new?framework=Ofsted2019", $"{school}/inspections/new?framework=OfstedReportCard",
            $"{school}/inspections/new?framework=Siams", $"{school}/categorisation", $"{school}/categorisation/propose",
            $"{school}/actions", $"{school}/actions/new",
        })
        {
            await BrowserSession.AssertPageAccessibleAsync(page, path);
        }

        await page.Context.CloseAsync();
    }

    /// <summary>A form sent back with its errors (the error summary at the top, each field's message) is accessible too.</summary>
    [SkippableTheory]
    [InlineData("/schools/new", "Add the school")]
    [InlineData("{school}/actions/new", "Add the action")]
    public async Task A_form_showing_its_validation_errors_is_accessible(string form, string button)
    {
        var page = await session.SignedInPageAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, "ddat.example"));
        await page.GotoAsync("/schools");
        await page.GetByRole(AriaRole.Link, new() { Name = "St Alkmund's CE Primary Academy" }).ClickAsync();
        var school = new Uri(page.Url).AbsolutePath;
        var path = form.Replace("{school}", school, StringComparison.Ordinal);
        await BrowserSession.AssertPageAccessibleAsync(page, path);

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == path);

        Assert.Equal(200, response.Status);
        Assert.Equal(path, new Uri(page.Url).AbsolutePath);
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await summary.WaitForAsync();
        Assert.True(await summary.Locator("li").CountAsync() > 0, $"{path} shows no problems in its error summary.");
        await BrowserSession.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Chromium_keeps_the_host_prefixed_secure_cookies_and_stays_signed_in()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, "ddat.example"));
        var response = await page.GotoAsync("/schools");
        Assert.Equal(200, response?.Status);
        Assert.Equal("Schools", (await page.Locator("h1").First.InnerTextAsync()).Trim());

        var cookies = await page.Context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "__Host-portal.auth");
        Assert.Contains(cookies, c => c.Name == "__Host-portal.antiforgery");
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c.Name, StringComparison.Ordinal);
            Assert.True(c.Secure, c.Name);
            Assert.True(c.HttpOnly, c.Name);
            Assert.Equal("/", c.Path);
        });
    }
}
