using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Hosting;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>Cookies named <c>__Host-</c> and Secure everywhere except Development; HSTS with subdomains (issue 7, item 8; ADR 0007).</summary>
public sealed class SecureTransportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Sign_in_and_a_notice_set_only_host_prefixed_secure_cookies()
    {
        using var client = factory.CreateClient();
        using var signInPage = await client.GetAsync("/account/sign-in");
        Assert.Contains(SetCookies(signInPage), c => c.StartsWith("__Host-portal.antiforgery=", StringComparison.Ordinal));

        var token = await Browsing.AntiforgeryTokenAsync(client, "/account/sign-in");
        using var signedIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(
        [
            new("Email", DemoSeeder.DemoEmail(TrustRole.TrustAdministrator, Browsing.Ddat)),
            new("Password", DemoSeeder.DemoPassword),
            new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(SetCookies(signedIn), c => c.StartsWith("__Host-portal.auth=", StringComparison.Ordinal));

        // A done command's notice travels in the TempData cookie.
        using var saved = await client.SubmitAsync("/policy/edit", (await client.FieldsAsync("/policy/edit", "/policy/edit")).With("OfficerTitle", "School Improvement Lead"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(SetCookies(saved), c => c.StartsWith("__Host-portal.notice=", StringComparison.Ordinal));

        // Every cookie set or deleted (a deletion must carry the same prefix, Secure and path, or the browser ignores it).
        foreach (var cookie in SetCookies(signInPage).Concat(SetCookies(signedIn)).Concat(SetCookies(saved)))
        {
            AssertHostCookie(cookie);
        }
    }

    [Fact]
    public async Task Every_cookie_the_portal_can_set_is_host_prefixed_and_secure_always()
    {
        var cookies = new List<(string Owner, CookieBuilder Cookie)>();
        var schemes = await factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync();
        var cookieOptions = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
        foreach (var scheme in schemes.Where(s => typeof(CookieAuthenticationHandler).IsAssignableFrom(s.HandlerType)))
        {
            cookies.Add((scheme.Name, cookieOptions.Get(scheme.Name).Cookie));
        }

        cookies.Add(("antiforgery", factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie));
        cookies.Add(("TempData", factory.Services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie));

        Assert.True(cookies.Count >= 6, string.Join(", ", cookies.Select(c => c.Owner)));
        Assert.All(cookies, c =>
        {
            Assert.True(c.Cookie.Name?.StartsWith("__Host-portal.", StringComparison.Ordinal) == true, $"{c.Owner}: {c.Cookie.Name}");
            Assert.Equal(CookieSecurePolicy.Always, c.Cookie.SecurePolicy);
            Assert.Equal("/", c.Cookie.Path);
            Assert.Null(c.Cookie.Domain);
        });
    }

    [Fact]
    public void Development_keeps_plain_names_and_follows_the_request_so_dotnet_run_works_on_http()
    {
        var development = new Environment(Environments.Development);
        Assert.False(PortalCookies.Secure(development));
        Assert.Equal("portal.auth", PortalCookies.Name(PortalCookies.Auth, development));
        foreach (var other in new[] { "Testing", Environments.Production, Environments.Staging, "Live" })
        {
            Assert.True(PortalCookies.Secure(new Environment(other)), other);
            Assert.Equal("__Host-portal.auth", PortalCookies.Name(PortalCookies.Auth, new Environment(other)));
        }
    }

    [Fact]
    public async Task Hsts_lasts_a_year_and_includes_subdomains_outside_development()
    {
        // HSTS is never sent to localhost (ASP.NET Core's excluded hosts), so ask as the public host.
        using var client = factory.CreateClient(new() { BaseAddress = new Uri(PortalFactory.PublicBaseUrl), AllowAutoRedirect = false });
        using var response = await client.GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    private static void AssertHostCookie(string setCookie)
    {
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.StartsWith("__Host-", setCookie, StringComparison.Ordinal);
        Assert.Contains("secure", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "SchoolImprovement.Web";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
