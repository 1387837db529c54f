using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Deque.AxeCore.Commons;
using Microsoft.AspNetCore.Hosting;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// The portal on a real Kestrel port over a fresh SQLite database with the demo trusts, and
/// Debian's Chromium driven by Playwright (never a downloaded browser). Without Chromium the
/// browser tests skip, except under CI=true where that is a failure.
/// <para>
/// Kestrel serves HTTPS with a throwaway self-signed certificate (the browser context ignores
/// certificate errors), so the portal runs exactly as outside Development: <c>__Host-</c>
/// cookies that are Secure-only, and antiforgery, which refuses plain http when its cookie is
/// Secure-only (ADR 0007). No test-only exception in the portal.
/// </para>
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumVariable = "CHROMIUM_PATH";

    private readonly PortalFactory _portal = new();
    private readonly X509Certificate2 _certificate = SelfSignedCertificate();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";
    public string? Unavailable { get; private set; }

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Unavailable = $"Browser tests skipped: Chromium not found at {chromium} (set {ChromiumVariable}; bash scripts/test.sh installs Debian's chromium as root).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true: " + Unavailable);
            }

            return;
        }

        _portal.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
        _portal.StartServer();
        BaseUrl = _portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        Skip.If(Unavailable is not null, Unavailable);
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB", IgnoreHTTPSErrors = true });
        return await context.NewPageAsync();
    }

    /// <summary>A new browser context signed in as <paramref name="email"/> through the real sign-in page.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, email);
        return page;
    }

    /// <summary>Signs in through the real sign-in page and waits until the portal has moved on from it.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = DemoSeeder.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!new Uri(page.Url).AbsolutePath.StartsWith("/account/sign-in", StringComparison.Ordinal))
        {
            await page.GotoAsync("/account/sign-in");
        }

        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }

    /// <summary>
    /// Opens <paramref name="path"/>, fails unless it answered <paramref name="status"/> (every error
    /// page has a heading, so a page that became a 403 or 500 would otherwise pass a sweep), and scans it with axe.
    /// </summary>
    public static async Task AssertPageAccessibleAsync(IPage page, string path, int status = 200)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(path);
        Assert.True(response is not null && response.Status == status, $"{path} answered {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}, not {status}.");
        Assert.True(await page.Locator("h1").CountAsync() > 0, $"{path} has no heading");
        await AssertAccessibleAsync(page);
    }

    /// <summary>Fails on any WCAG 2.0, 2.1 or 2.2 level A or AA violation axe-core finds on the page.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"Accessibility violations on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _portal.DisposeAsync();
        _certificate.Dispose();
    }

    /// <summary>A certificate for 127.0.0.1 and localhost, valid for a day, made for this run only.</summary>
    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
