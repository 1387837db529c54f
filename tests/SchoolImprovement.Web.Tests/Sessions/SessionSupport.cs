using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Sessions;

/// <summary>People made for one test, clients whose cookies can be read and copied, and the checks the session tests share.</summary>
public static class SessionSupport
{
    public const string Password = "lantern-orchard-copper-2026";
    private static readonly Uri Site = new("https://localhost/");

    /// <summary>A new person of the trust whose name starts with <paramref name="trustPrefix"/>, with <paramref name="roles"/> and <see cref="Password"/>.</summary>
    public static async Task<(Guid Id, string Email)> NewPersonAsync(this PortalFactory factory, string trustPrefix, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var trust = await factory.TrustIdAsync(trustPrefix);
        var email = $"session.{Guid.NewGuid():N}@{(trustPrefix == Browsing.DdatTrust ? Browsing.Ddat : Browsing.Vine)}";
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Session Person " + email[8..14], TrustId = trust, CreatedAt = DateTimeOffset.UtcNow };
        await using var scope = factory.Services.CreateTrustScope(trust, "test");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, roles));
        return (user.Id, email);
    }

    /// <summary>Signs in with a cookie jar the test can read, so the sign-in cookie can be copied into another client.</summary>
    public static async Task<(HttpClient Client, CookieContainer Jar)> SignedInWithJarAsync(this PortalFactory factory, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var jar = new CookieContainer();
        var client = factory.CreateDefaultClient(Site, new CookieContainerHandler(jar));
        using var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, jar);
    }

    /// <summary>A fresh client that sends only the copied Cookie header (as a thief with a stolen cookie would) and keeps no cookies of its own.</summary>
    public static HttpClient CopyOf(this PortalFactory factory, CookieContainer jar)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(jar);
        var copy = factory.CreateDefaultClient(Site);
        copy.DefaultRequestHeaders.Add("Cookie", jar.GetCookieHeader(Site));
        return copy;
    }

    /// <summary>True when the client is still signed in (its own sessions page opens), false when sent to sign in.</summary>
    public static async Task<bool> IsSignedInAsync(this HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync("/account/sessions");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return false;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
