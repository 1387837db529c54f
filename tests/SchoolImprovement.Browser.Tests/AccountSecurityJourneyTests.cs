using Microsoft.Playwright;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// A person's own sign-in security through the real pages, every page scanned by axe-core (WCAG 2.2
/// AA): ending a session in another browser from "Your sessions", changing the password, and the
/// trust administrator's sign-in pages (role requests, sign-in rules, security events).
/// </summary>
public sealed class AccountSecurityJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task Ending_the_other_browsers_session_from_your_sessions_signs_that_browser_out()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, "vine.example");
        var laptop = await session.SignedInPageAsync(email);
        var phone = await session.SignedInPageAsync(email);

        await laptop.GotoAsync("/account/security");
        await laptop.GetByRole(AriaRole.Link, new() { Name = "Your sessions" }).ClickAsync();
        await laptop.WaitForURLAsync(url => url.EndsWith("/account/sessions", StringComparison.Ordinal));
        Assert.Equal(2, await laptop.Locator("#sessions tbody tr").CountAsync());
        await BrowserSession.AssertAccessibleAsync(laptop);

        await laptop.Locator("#sessions a.btn-outline-danger").ClickAsync();
        await laptop.WaitForURLAsync(url => url.EndsWith("/end", StringComparison.Ordinal));
        await BrowserSession.AssertAccessibleAsync(laptop);
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Yes, end the session" }).ClickAsync();
        await laptop.WaitForURLAsync(url => url.EndsWith("/account/sessions", StringComparison.Ordinal));
        Assert.Equal(1, await laptop.Locator("#sessions tbody tr").CountAsync());

        await phone.GotoAsync("/schools");
        Assert.Contains("/account/sign-in", phone.Url, StringComparison.Ordinal);
        await laptop.GotoAsync("/schools");
        Assert.EndsWith("/schools", laptop.Url, StringComparison.Ordinal);
        await laptop.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Changing_the_password_keeps_this_browser_signed_in_and_the_new_one_signs_in()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, "ddat.example");
        const string newPassword = "lantern orchard copper meadow";
        var page = await session.SignedInPageAsync(email);

        await page.GotoAsync("/account/security");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change your password" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/account/password", StringComparison.Ordinal));
        await BrowserSession.AssertAccessibleAsync(page);

        // A wrong current password: the page comes back with an error summary, still accessible.
        await page.GetByLabel("Current password").FillAsync("not my password at all");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("Confirm new password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.Locator(".alert-danger, .validation-summary-errors, [role=alert]").First.WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(page);

        await page.GetByLabel("Current password").FillAsync(DemoSeeder.DemoPassword);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("Confirm new password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/account/security", StringComparison.Ordinal));
        Assert.Contains("Your password has been changed", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal));
        await BrowserSession.SignInAsync(page, email, newPassword);
        Assert.DoesNotContain("/account/sign-in", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_trust_administrators_sign_in_pages_are_accessible()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.DemoEmail(TrustRole.TrustAdministrator, "vine.example"));

        foreach (var path in new[] { "/account/security", "/account/sessions", "/account/password", "/users/role-requests", "/trust/sign-in-rules", "/audit/security" })
        {
            await BrowserSession.AssertPageAccessibleAsync(page, path);
        }

        await page.Context.CloseAsync();
    }
}
