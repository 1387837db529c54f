using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace SchoolImprovement.Web.Hosting;

/// <summary>
/// Every cookie the portal sets, named and secured in one place (ADR 0007). Outside Development
/// each is <c>Secure</c> and carries the <c>__Host-</c> prefix, which a browser accepts only
/// from HTTPS, with <c>Path=/</c> and no <c>Domain</c>, so a sibling subdomain cannot set or
/// overwrite it. Development (the README's <c>dotnet run</c> on http://localhost:5080) keeps plain
/// names and follows the request: a <c>__Host-</c> cookie without <c>Secure</c> would be dropped
/// by the browser. Call after <c>AddIdentity</c> so these settings win over Identity's defaults.
/// </summary>
public static class PortalCookies
{
    public const string HostPrefix = "__Host-";
    public const string Auth = "portal.auth";
    public const string Antiforgery = "portal.antiforgery";
    public const string TwoFactorUserId = "portal.2fa";
    public const string TwoFactorRememberMe = "portal.2fa-remember";
    public const string External = "portal.external";
    public const string TempData = "portal.notice";

    /// <summary>The cookie names as set in <paramref name="environment"/>: prefixed everywhere except Development.</summary>
    public static string Name(string name, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Secure(environment) ? HostPrefix + name : name;
    }

    /// <summary>Cookies are Secure-only in every environment except Development.</summary>
    public static bool Secure(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return !environment.IsDevelopment();
    }

    public static IServiceCollection AddPortalCookies(this IServiceCollection services, IHostEnvironment environment)
    {
        var policy = Secure(environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        void Harden(CookieBuilder cookie, string name)
        {
            cookie.Name = Name(name, environment);
            cookie.SecurePolicy = policy;
            cookie.Path = "/";
            cookie.Domain = null;
        }

        services.ConfigureApplicationCookie(options => Harden(options.Cookie, Auth));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options => Harden(options.Cookie, TwoFactorUserId));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, options => Harden(options.Cookie, TwoFactorRememberMe));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, options => Harden(options.Cookie, External));
        services.AddAntiforgery(options => Harden(options.Cookie, Antiforgery));
        services.Configure<CookieTempDataProviderOptions>(options => Harden(options.Cookie, TempData));
        return services;
    }
}
